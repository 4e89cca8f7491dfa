package mx.bitacora.query.tracking;

import java.util.Collection;
import mx.bitacora.platform.problem.StorageFailures;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Caps the wait of a processor that failed because the database could not be reached. Axon's
 * tracking processor waits 1, 2, 4… up to 60 s between attempts, so after an outage of a minute a
 * view could stay behind for another minute; every couple of seconds this restarts each processor
 * waiting out such a failure once the database answers again. Other failures (a batch that cannot
 * be applied) keep Axon's back-off: retrying them faster would only repeat them.
 */
@Component
class OutageRecovery {

  private static final Logger log = LoggerFactory.getLogger(OutageRecovery.class);

  private final EventProcessingConfiguration processing;
  private final JdbcTemplate jdbc;

  OutageRecovery(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
    this.processing = processing;
    this.jdbc = jdbc;
  }

  @Scheduled(fixedDelayString = "${bitacora.processors.outage-check:2s}")
  void restartProcessorsWaitingOutAnOutage() {
    for (String group : ProcessingGroups.DEAD_LETTERING) {
      processing
          .eventProcessor(group, TrackingEventProcessor.class)
          .filter(TrackingEventProcessor::isRunning)
          .filter(processor -> waitingOutAnOutage(processor.processingStatus().values()))
          .filter(processor -> databaseAnswers())
          .ifPresent(
              processor -> {
                log.info("The database answers again: restarting processor {} now", group);
                processor.shutDown();
                processor.start();
              });
    }
  }

  private static boolean waitingOutAnOutage(Collection<EventTrackerStatus> segments) {
    return segments.stream()
        .anyMatch(
            segment -> segment.isErrorState() && StorageFailures.isUnreachable(segment.getError()));
  }

  private boolean databaseAnswers() {
    try {
      return Integer.valueOf(1).equals(jdbc.queryForObject("SELECT 1", Integer.class));
    } catch (RuntimeException stillDown) {
      return false;
    }
  }
}
