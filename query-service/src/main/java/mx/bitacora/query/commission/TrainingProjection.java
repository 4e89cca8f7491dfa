package mx.bitacora.query.commission;

import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.tracking.EventSavepoint;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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

  private final TrainingTable training;
  private final EventSavepoint savepoint;

  TrainingProjection(TrainingTable training, EventSavepoint savepoint) {
    this.training = training;
    this.savepoint = savepoint;
  }

  /** A failing event rolls back alone, leaving the transaction fit to dead-letter it. */
  @MessageHandlerInterceptor
  Object applyInsideSavepoint(InterceptorChain chain) throws Exception {
    return savepoint.apply(chain::proceed);
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

  /** Voids the completion it names; a voided attendance names no completion and changes nothing. */
  @EventHandler
  void on(TrainingFactVoidedEvent voided, RecordedEvent recorded) {
    training.recordVoided(voided);
  }

  @EventHandler
  void on(TrainingSessionCancelledEvent cancelled, RecordedEvent recorded) {
    training.recordCancelled(cancelled, recorded);
  }
}
