package mx.bitacora.query.integrity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sealer, and signs the access log's checkpoints, every {@code
 * bitacora.integrity.seal-interval} once the service is up.
 */
class SealingSchedule {

  private static final Logger log = LoggerFactory.getLogger(SealingSchedule.class);

  private final EventSealer sealer;
  private final AccessLogCheckpoints accessLog;
  private final Counter failures;

  SealingSchedule(EventSealer sealer, AccessLogCheckpoints accessLog, MeterRegistry meters) {
    this.sealer = sealer;
    this.accessLog = accessLog;
    this.failures =
        Counter.builder("bitacora.sealer.failures")
            .description("Sealing rounds that failed and will be retried")
            .register(meters);
  }

  @Scheduled(
      fixedDelayString = "${bitacora.integrity.seal-interval:500ms}",
      initialDelayString = "${bitacora.integrity.seal-interval:500ms}")
  void seal() {
    try {
      int sealed = sealer.sealAvailable();
      if (sealed > 0) {
        log.debug("Sealed {} positions of the event log", sealed);
      }
      accessLog.signIfDue();
    } catch (RuntimeException e) {
      failures.increment();
      // The next run retries from the chain's head; nothing half-sealed is committed.
      log.warn("Sealing the event log failed; retrying at the next interval", e);
    }
  }
}
