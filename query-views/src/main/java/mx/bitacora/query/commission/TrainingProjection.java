package mx.bitacora.query.commission;

import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.live.ViewChanges;
import mx.bitacora.query.tracking.EventSavepoint;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Projects training sessions (trainer agency, audience, cancelled or not) and their completions: a
 * voiding marks the completion it names as voided, a correction replaces its hours, a cancellation
 * marks the session. Enrolments and attendances are not needed for the overview and are ignored.
 * Runs in the processor's transaction; every write is idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.TRAINING)
@ProjectionTables({"training_session", "training_completion"})
class TrainingProjection {

  /**
   * A session concerns its trainer's agency and the agencies its participants were enrolled for (as
   * far as the enrolments processor has got: a participant's agency hears of later changes).
   */
  private static final String CHANGED_SESSION =
      "SELECT s.training_session_id AS id, NULL::text AS shelter,"
          + " ARRAY(SELECT s.trainer_agency UNION SELECT e.agency FROM staff_enrolment e"
          + " WHERE e.training_session_id = s.training_session_id) AS agencies"
          + " FROM training_session s WHERE s.training_session_id::text = ?";

  private final TrainingTable training;
  private final EventSavepoint savepoint;
  private final ViewChanges changes;

  TrainingProjection(TrainingTable training, EventSavepoint savepoint, ViewChanges changes) {
    this.training = training;
    this.savepoint = savepoint;
    this.changes = changes;
  }

  /**
   * A failing event rolls back alone, leaving the transaction fit to dead-letter it; an applied one
   * is announced to the live streams when its transaction commits.
   */
  @MessageHandlerInterceptor
  Object applyInsideSavepoint(EventMessage<?> event, InterceptorChain chain) throws Exception {
    return changes.applyAndAnnounce(savepoint, chain, event, "training", CHANGED_SESSION);
  }

  @EventHandler
  void on(TrainingSessionScheduledEvent scheduled, RecordedEvent recorded) {
    training.recordScheduled(scheduled, recorded);
  }

  @EventHandler
  void on(TrainingCompletedEvent completed, RecordedEvent recorded) {
    training.recordCompleted(completed, recorded);
  }

  @EventHandler
  void on(TrainingFactCorrectedEvent corrected, RecordedEvent recorded) {
    training.recordCorrected(corrected);
  }

  /** Voids the completion it names; a voided attendance (as its kind says) changes nothing. */
  @EventHandler
  void on(TrainingFactVoidedEvent voided, RecordedEvent recorded) {
    training.recordVoided(voided);
  }

  @EventHandler
  void on(TrainingSessionCancelledEvent cancelled, RecordedEvent recorded) {
    training.recordCancelled(cancelled, recorded);
  }
}
