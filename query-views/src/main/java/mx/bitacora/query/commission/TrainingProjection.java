package mx.bitacora.query.commission;

import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.live.AnnouncesChanges;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects training sessions (trainer agency, audience, cancelled or not) and their completions: a
 * voiding marks the completion it names as voided, a correction replaces its hours, a cancellation
 * marks the session. Of an enrolment only the agency is kept, for announcing the session's changes;
 * attendances are not needed for the overview and are ignored. Runs in the processor's transaction;
 * every write is idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.TRAINING)
@ProjectionTables({"training_session", "training_completion", "training_enrolled_agency"})
@AnnouncesChanges(view = "training", changed = TrainingProjection.CHANGED_SESSION)
class TrainingProjection {

  /**
   * A session concerns its trainer's agency and the agencies its participants were enrolled for, as
   * this projection keeps them: a participant's agency hears of the enrolment and later changes.
   */
  static final String CHANGED_SESSION =
      "SELECT s.training_session_id AS id, NULL::text AS shelter,"
          + " ARRAY(SELECT s.trainer_agency UNION SELECT e.agency FROM training_enrolled_agency e"
          + " WHERE e.training_session_id = s.training_session_id) AS agencies"
          + " FROM training_session s WHERE s.training_session_id::text = ?";

  private final TrainingTable training;

  TrainingProjection(TrainingTable training) {
    this.training = training;
  }

  @EventHandler
  void on(TrainingSessionScheduledEvent scheduled, RecordedEvent recorded) {
    training.recordScheduled(scheduled, recorded);
  }

  /** Only the agency the participant was enrolled for: whom the session's changes concern. */
  @EventHandler
  void on(ParticipantEnrolledEvent enrolled, RecordedEvent recorded) {
    training.recordEnrolled(enrolled);
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
