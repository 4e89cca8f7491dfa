package mx.bitacora.query.commission;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes training sessions, their completions and the agencies their participants were enrolled
 * for. A session and a completion are inserted once (keyed by session, and by the completion's
 * sequence number); a cancellation is guarded by the session's last sequence number; voiding and
 * correcting set values the original names, so applying them again changes nothing and a replay
 * doubles nothing.
 */
@Repository
class TrainingTable {

  private final NamedParameterJdbcTemplate jdbc;

  TrainingTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordScheduled(TrainingSessionScheduledEvent scheduled, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO training_session (
            training_session_id, trainer_agency, audience, audiences, held_on, cancelled,
            scheduled_at, updated_at, last_sequence)
        VALUES (
            :sessionId, :trainerAgency, :audience, CAST(:audiences AS varchar[]), :heldOn, FALSE,
            :recordedAt, :recordedAt, :sequence)
        ON CONFLICT (training_session_id) DO NOTHING
        """,
        new MapSqlParameterSource("sessionId", scheduled.trainingSessionId().value())
            .addValue("trainerAgency", scheduled.trainerAgency().value())
            .addValue("audience", scheduled.audience().name())
            .addValue(
                "audiences",
                scheduled.audiences() == null
                    ? null
                    : scheduled.allAudiences().stream()
                        .map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
            .addValue("heldOn", scheduled.heldOn())
            .addValue("recordedAt", recordedAt(recorded))
            .addValue("sequence", recorded.sequenceNumber()));
  }

  /** Adds the agency to those the session's participants were enrolled for, once. */
  void recordEnrolled(ParticipantEnrolledEvent enrolled) {
    jdbc.update(
        """
        INSERT INTO training_enrolled_agency (training_session_id, agency)
        VALUES (:sessionId, :agency)
        ON CONFLICT (training_session_id, agency) DO NOTHING
        """,
        new MapSqlParameterSource("sessionId", enrolled.trainingSessionId().value())
            .addValue("agency", enrolled.agency().value()));
  }

  void recordCompleted(TrainingCompletedEvent completed, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO training_completion (
            training_session_id, sequence_number, staff_id, hours_completed, recorded_on, voided)
        VALUES (:sessionId, :sequence, :staffId, :hours, :recordedOn, FALSE)
        ON CONFLICT (training_session_id, sequence_number) DO NOTHING
        """,
        new MapSqlParameterSource("sessionId", completed.trainingSessionId().value())
            .addValue("sequence", recorded.sequenceNumber())
            .addValue("staffId", completed.staffId().value())
            .addValue("hours", completed.hoursCompleted())
            .addValue("recordedOn", completed.recordedOn()));
  }

  /** The corrected hours replace the original's; the completion still counts once. */
  void recordCorrected(TrainingFactCorrectedEvent corrected) {
    switch (corrected.originalKind()) {
      case COMPLETION -> replaceHours(corrected);
      case ATTENDANCE -> throw new IllegalStateException("an attendance is never corrected");
    }
  }

  /** A voided completion no longer counts; a voided attendance names no completion. */
  void recordVoided(TrainingFactVoidedEvent voided) {
    switch (voided.originalKind()) {
      case COMPLETION -> voidCompletion(voided);
      case ATTENDANCE -> {
        // attendances are not part of this view
      }
    }
  }

  private void replaceHours(TrainingFactCorrectedEvent corrected) {
    jdbc.update(
        """
        UPDATE training_completion SET hours_completed = :hours
        WHERE training_session_id = :sessionId AND sequence_number = :original
        """,
        new MapSqlParameterSource("sessionId", corrected.trainingSessionId().value())
            .addValue("original", corrected.original().sequenceNumber())
            .addValue("hours", corrected.hoursCompleted()));
  }

  private void voidCompletion(TrainingFactVoidedEvent voided) {
    jdbc.update(
        """
        UPDATE training_completion SET voided = TRUE
        WHERE training_session_id = :sessionId AND sequence_number = :original
        """,
        new MapSqlParameterSource("sessionId", voided.trainingSessionId().value())
            .addValue("original", voided.original().sequenceNumber()));
  }

  void recordCancelled(TrainingSessionCancelledEvent cancelled, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE training_session
        SET cancelled = TRUE, updated_at = :recordedAt, last_sequence = :sequence
        WHERE training_session_id = :sessionId AND last_sequence < :sequence
        """,
        new MapSqlParameterSource("sessionId", cancelled.trainingSessionId().value())
            .addValue("recordedAt", recordedAt(recorded))
            .addValue("sequence", recorded.sequenceNumber()));
  }

  private static OffsetDateTime recordedAt(RecordedEvent recorded) {
    return OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC);
  }
}
