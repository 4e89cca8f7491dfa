package mx.bitacora.query.readyourwrites;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import mx.bitacora.platform.eventstore.JdbcEventStoreConfiguration;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far each processing group is behind the head of the event log, as two gauges per group:
 * {@code bitacora.processor.lag.positions} (the head's position minus the lowest position every
 * segment has processed) and {@code bitacora.processor.lag.seconds} (how long the oldest event the
 * group has not processed has been in the log; 0 when caught up). Computed when scraped, from what
 * {@link ProcessedPositions} already knows, the log's head (one indexed {@code max}) and, only for
 * a group that is behind, the time of its next event (one indexed lookup); kept for a second, so
 * one scrape reads each once.
 */
@Component
class ProcessorLag {

  private static final String NEXT_EVENT_TIME =
      "SELECT time_stamp FROM "
          + JdbcEventStoreConfiguration.EVENT_TABLE
          + " WHERE global_index > ? ORDER BY global_index LIMIT 1";
  private static final Duration FRESH_FOR = Duration.ofSeconds(1);

  private final org.axonframework.config.Configuration axon;
  private final ProcessedPositions processed;
  private final EventStore log;
  private final JdbcTemplate jdbc;
  private final MeterRegistry meters;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Lag> latest = new ConcurrentHashMap<>();

  /** One group's lag and when it was measured. */
  record Lag(long positions, double seconds, Instant measuredAt) {}

  ProcessorLag(
      org.axonframework.config.Configuration axon,
      ProcessedPositions processed,
      EventStore log,
      JdbcTemplate jdbc,
      MeterRegistry meters) {
    this.axon = axon;
    this.processed = processed;
    this.log = log;
    this.jdbc = jdbc;
    this.meters = meters;
  }

  /** Once the processors exist: two gauges for each group (a rebuild's processor is not one). */
  @EventListener(ApplicationReadyEvent.class)
  void registerGauges() {
    axon.eventProcessingConfiguration().eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(EventProcessor::getName)
        .forEach(this::register);
  }

  private void register(String group) {
    Gauge.builder("bitacora.processor.lag.positions", () -> of(group).positions())
        .description("Positions of the event log the processing group has not processed yet")
        .tag("processing_group", group)
        .register(meters);
    Gauge.builder("bitacora.processor.lag.seconds", () -> of(group).seconds())
        .description("How long the oldest event the processing group has not processed has waited")
        .tag("processing_group", group)
        .register(meters);
  }

  /** The group's lag, measured now unless measured within the last second. */
  Lag of(String group) {
    Instant now = clock.instant();
    Lag known = latest.get(group);
    if (known != null && known.measuredAt().plus(FRESH_FOR).isAfter(now)) {
      return known;
    }
    Lag measured = measure(group, now);
    latest.put(group, measured);
    return measured;
  }

  private Lag measure(String group, Instant now) {
    TrackingToken headToken = log.createHeadToken();
    long head = headToken == null ? 0 : headToken.position().orElse(0);
    long reached = lowestProcessed(processed.tokens(group));
    if (reached >= head) {
      return new Lag(0, 0, now);
    }
    return new Lag(head - reached, secondsWaiting(reached, now), now);
  }

  /** The lowest position every segment has processed; a segment not started has processed none. */
  private static long lowestProcessed(List<TrackingToken> tokens) {
    if (tokens.isEmpty()) {
      return 0;
    }
    return tokens.stream().mapToLong(ProcessorLag::positionOf).min().orElse(0);
  }

  private static long positionOf(TrackingToken token) {
    TrackingToken current = WrappedToken.unwrapLowerBound(token);
    if (current instanceof GapAwareTrackingToken gapAware) {
      return gapAware.getIndex();
    }
    return current == null ? 0 : current.position().orElse(0);
  }

  private double secondsWaiting(long reached, Instant now) {
    try {
      String stored =
          jdbc.query(NEXT_EVENT_TIME, (row, n) -> row.getString(1), reached).stream()
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
      if (stored == null) {
        return 0;
      }
      Instant appended = DateTimeUtils.parseInstant(stored);
      return Math.max(0, Duration.between(appended, now).toMillis() / 1000.0);
    } catch (DataAccessException notAJdbcLog) {
      return Double.NaN; // Axon Server's log has no table to ask: unknown
    }
  }
}
