package mx.bitacora.query.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the sealer every {@code bitacora.integrity.seal-interval} once the service is up. */
class SealingSchedule {

  private static final Logger log = LoggerFactory.getLogger(SealingSchedule.class);

  private final EventSealer sealer;

  SealingSchedule(EventSealer sealer) {
    this.sealer = sealer;
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
    } catch (RuntimeException e) {
      // The next run retries from the chain's head; nothing half-sealed is committed.
      log.warn("Sealing the event log failed; retrying at the next interval", e);
    }
  }
}
