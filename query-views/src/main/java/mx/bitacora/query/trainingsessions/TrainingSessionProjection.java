package mx.bitacora.query.trainingsessions;

import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects each training session for its own page: the session, each enrolment, attendance and
 * completion as a fact keyed by its sequence number (a correction replaces a completion's values, a
 * voiding marks the fact, both naming themselves), the cancellation, and every event into the
 * session's history. Runs in the training processor's transaction; every write is idempotent, so a
 * replay changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.TRAINING)
@ProjectionTables({"training_session_detail", "training_session_fact", "training_session_history"})
class TrainingSessionProjection {

  private final TrainingSessionTables tables;

  TrainingSessionProjection(TrainingSessionTables tables) {
    this.tables = tables;
  }

  @EventHandler
  void on(TrainingEvent event, RecordedEvent recorded) {
    switch (event) {
      case TrainingSessionScheduledEvent scheduled -> tables.recordScheduled(scheduled);
      case ParticipantEnrolledEvent enrolled -> tables.recordEnrolled(enrolled, recorded);
      case AttendanceRecordedEvent attended -> tables.recordAttended(attended, recorded);
      case TrainingCompletedEvent completed -> tables.recordCompleted(completed, recorded);
      case TrainingFactCorrectedEvent corrected -> tables.recordCorrected(corrected, recorded);
      case TrainingFactVoidedEvent voided -> tables.recordVoided(voided, recorded);
      case TrainingSessionCancelledEvent cancelled -> tables.recordCancelled(cancelled);
    }
    tables.appendToHistory(event, recorded);
  }
}
