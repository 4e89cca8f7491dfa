package mx.bitacora.query.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health turns {@value #DEGRADED} (still HTTP 200: the service answers with what it has; readiness
 * is not affected) while any processing group has dead letters, naming how many per group; the
 * gauge {@code bitacora.dead.letters.pending}, one per dead-lettering group, counts them (one
 * grouped count, kept for a second so that one scrape reads it once).
 */
@Component("deadLettersHealthIndicator") // shown in health as "deadLetters"
class DeadLetterHealth implements HealthIndicator {

  static final String DEGRADED = "DEGRADED";
  private static final Duration FRESH_FOR = Duration.ofSeconds(1);

  private final DeadLetters deadLetters;
  private final EventProcessingConfiguration processing;
  private final MeterRegistry meters;
  private final Clock clock = Clock.systemUTC();
  private volatile Counted counted = new Counted(Map.of(), Instant.MIN);

  /** The pending letters per group and when they were counted. */
  private record Counted(Map<String, Long> pending, Instant at) {}

  DeadLetterHealth(
      DeadLetters deadLetters, EventProcessingConfiguration processing, MeterRegistry meters) {
    this.deadLetters = deadLetters;
    this.processing = processing;
    this.meters = meters;
  }

  /** Once the processors exist: a gauge for each group that has a dead-letter queue. */
  @EventListener(ApplicationReadyEvent.class)
  void registerGauges() {
    processing.eventProcessors().keySet().stream()
        .filter(group -> processing.deadLetterQueue(group).isPresent())
        .forEach(
            group ->
                Gauge.builder("bitacora.dead.letters.pending", () -> pending(group))
                    .description(
                        "Events the projections could not apply, waiting to be retried or resolved")
                    .tag("processing_group", group)
                    .register(meters));
  }

  @Override
  public Health health() {
    Map<String, Long> pending = deadLetters.pendingByGroup();
    return (pending.isEmpty() ? Health.up() : Health.status(new Status(DEGRADED)))
        .withDetail("pending", pending)
        .build();
  }

  private double pending(String group) {
    Instant now = clock.instant();
    Counted known = counted;
    if (!known.at().plus(FRESH_FOR).isAfter(now)) {
      known = new Counted(deadLetters.pendingByGroup(), now);
      counted = known;
    }
    return known.pending().getOrDefault(group, 0L);
  }
}
