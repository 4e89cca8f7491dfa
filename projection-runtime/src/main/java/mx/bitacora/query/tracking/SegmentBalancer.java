package mx.bitacora.query.tracking;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Spreads every streaming processor's segments over the query-service instances that are up. Each
 * instance keeps a heartbeat row in {@code read_model.processor_instance}; one that holds more than
 * its fair share (segments ÷ live instances, rounded up) releases the surplus for a while, so an
 * idle thread of another instance claims it. Every instance runs as many threads as segments, so
 * when one stops (its claims released, or timed out if it died) the others take its segments over.
 */
class SegmentBalancer {

  private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

  private final JdbcTemplate jdbc;
  private final EventProcessingConfiguration processing;
  private final TokenStore tokenStore;
  private final InstanceId instance;
  private final Duration liveness;
  private final Duration releaseFor;

  SegmentBalancer(
      JdbcTemplate jdbc,
      EventProcessingConfiguration processing,
      TokenStore tokenStore,
      InstanceId instance,
      Duration interval) {
    this.jdbc = jdbc;
    this.processing = processing;
    this.tokenStore = tokenStore;
    this.instance = instance;
    this.liveness = interval.multipliedBy(3);
    this.releaseFor = interval.multipliedBy(3);
  }

  @Scheduled(
      fixedDelayString = "${bitacora.scale-out.balance-interval:5s}",
      initialDelayString = "${bitacora.scale-out.balance-interval:5s}")
  void heartbeatAndBalance() {
    try {
      heartbeat();
      int live = liveInstances();
      processing.eventProcessors().values().stream()
          .filter(StreamingEventProcessor.class::isInstance)
          .map(StreamingEventProcessor.class::cast)
          .forEach(processor -> balance(processor, live));
    } catch (RuntimeException e) {
      log.warn("Balancing the processors' segments failed; retrying at the next interval", e);
    }
  }

  private void balance(StreamingEventProcessor processor, int live) {
    int segments = tokenStore.fetchSegments(processor.getName()).length;
    int fairShare = (segments + live - 1) / live;
    int surplus = processor.processingStatus().size() - fairShare;
    processor.processingStatus().keySet().stream()
        .sorted(Comparator.reverseOrder())
        .limit(Math.max(0, surplus))
        .forEach(
            segment -> {
              log.info(
                  "Releasing segment {} of {} for another of {} instances",
                  segment,
                  processor.getName(),
                  live);
              processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
            });
  }

  private void heartbeat() {
    jdbc.update(
        "INSERT INTO read_model.processor_instance (instance_id, last_seen) VALUES (?, now())"
            + " ON CONFLICT (instance_id) DO UPDATE SET last_seen = now()",
        instance.value());
  }

  private int liveInstances() {
    Integer live =
        jdbc.queryForObject(
            "SELECT count(*) FROM read_model.processor_instance"
                + " WHERE last_seen > now() - make_interval(secs => ?)",
            Integer.class,
            liveness.toMillis() / 1000.0);
    return Math.max(1, live == null ? 1 : live);
  }

  /** A stopping instance leaves at once, so the others count it out without waiting. */
  @PreDestroy
  void leave() {
    jdbc.update(
        "DELETE FROM read_model.processor_instance WHERE instance_id = ?", instance.value());
  }
}
