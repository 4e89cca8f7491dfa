package mx.bitacora.query.trainingsessions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingEvent;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.history.EventHistory;
import mx.bitacora.query.tracking.DeferredInserts;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the training session view. The session and each fact are inserted once (by session, and by
 * the fact's sequence number); a correction or voiding sets the values of the fact it names only if
 * no later one did, and a history entry is appended once, so applying anything again changes
 * nothing.
 */
@Repository
class TrainingSessionTables {

  static final String HISTORY = "training_session_history";
  static final String HISTORY_ID = "training_session_id";

  private static final String INSERT_FACT =
      """
      INSERT INTO training_session_fact (
          training_session_id, sequence_number, kind, staff_id, agency, role, hours_completed,
          certificate_reference, recorded_on, recorded_at)
      VALUES (
          :sessionId, :sequence, :kind, :staffId, :agency, :role, :hours, :certificate,
          :recordedOn, :recordedAt)
      ON CONFLICT (training_session_id, sequence_number) DO NOTHING
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final EventHistory history;

  TrainingSessionTables(
      NamedParameterJdbcTemplate jdbc, ObjectMapper json, DeferredInserts appends) {
    this.jdbc = jdbc;
    this.history = new EventHistory(jdbc, json, HISTORY, HISTORY_ID, appends);
  }

  void recordScheduled(TrainingSessionScheduledEvent scheduled) {
    jdbc.update(
        """
        INSERT INTO training_session_detail (
            training_session_id, project_id, topic, trainer_agency, audiences, hours, held_on,
            place, capacity)
        VALUES (
            :sessionId, :projectId, :topic, :trainerAgency, CAST(:audiences AS varchar[]), :hours,
            :heldOn, :place, :capacity)
        ON CONFLICT (training_session_id) DO NOTHING
        """,
        new MapSqlParameterSource("sessionId", scheduled.trainingSessionId().value())
            .addValue(
                "projectId", scheduled.projectId() == null ? null : scheduled.projectId().value())
            .addValue("topic", scheduled.topic())
            .addValue("trainerAgency", scheduled.trainerAgency().value())
            .addValue(
                "audiences",
                "{"
                    + String.join(",", scheduled.allAudiences().stream().map(Enum::name).toList())
                    + "}")
            .addValue("hours", scheduled.hours())
            .addValue("heldOn", scheduled.heldOn())
            .addValue("place", scheduled.place())
            .addValue("capacity", scheduled.capacity()));
  }

  void recordEnrolled(ParticipantEnrolledEvent enrolled, RecordedEvent recorded) {
    jdbc.update(
        INSERT_FACT,
        fact(enrolled, "ENROLMENT", enrolled.staffId().value(), recorded)
            .addValue("agency", enrolled.agency().value())
            .addValue("role", enrolled.role()));
  }

  void recordAttended(AttendanceRecordedEvent attended, RecordedEvent recorded) {
    jdbc.update(INSERT_FACT, fact(attended, "ATTENDANCE", attended.staffId().value(), recorded));
  }

  void recordCompleted(TrainingCompletedEvent completed, RecordedEvent recorded) {
    jdbc.update(
        INSERT_FACT,
        fact(completed, "COMPLETION", completed.staffId().value(), recorded)
            .addValue("hours", completed.hoursCompleted())
            .addValue("certificate", completed.certificateReference())
            .addValue("recordedOn", completed.recordedOn()));
  }

  /** Only a completion is ever corrected: its hours and certificate become the corrected ones. */
  void recordCorrected(TrainingFactCorrectedEvent corrected, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE training_session_fact
        SET hours_completed = coalesce(:hours, hours_completed),
            certificate_reference = coalesce(:certificate, certificate_reference),
            corrected_by = :sequence
        WHERE training_session_id = :sessionId AND sequence_number = :original
          AND kind = :kind AND (corrected_by IS NULL OR corrected_by < :sequence)
        """,
        new MapSqlParameterSource("sessionId", corrected.trainingSessionId().value())
            .addValue("original", corrected.original().sequenceNumber())
            .addValue("kind", corrected.originalKind().name())
            .addValue("hours", corrected.hoursCompleted())
            .addValue("certificate", corrected.certificateReference())
            .addValue("sequence", recorded.sequenceNumber()));
  }

  void recordVoided(TrainingFactVoidedEvent voided, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE training_session_fact SET voided_by = :sequence
        WHERE training_session_id = :sessionId AND sequence_number = :original
          AND kind = :kind AND voided_by IS NULL
        """,
        new MapSqlParameterSource("sessionId", voided.trainingSessionId().value())
            .addValue("original", voided.original().sequenceNumber())
            .addValue("kind", voided.originalKind().name())
            .addValue("sequence", recorded.sequenceNumber()));
  }

  void recordCancelled(TrainingSessionCancelledEvent cancelled) {
    jdbc.update(
        """
        UPDATE training_session_detail SET cancel_reason = :reason
        WHERE training_session_id = :sessionId
        """,
        new MapSqlParameterSource("sessionId", cancelled.trainingSessionId().value())
            .addValue("reason", cancelled.reason()));
  }

  void appendToHistory(TrainingEvent event, RecordedEvent recorded) {
    history.append(event.trainingSessionId().value(), event, recorded);
  }

  private static MapSqlParameterSource fact(
      TrainingEvent event, String kind, String staffId, RecordedEvent recorded) {
    return new MapSqlParameterSource("sessionId", event.trainingSessionId().value())
        .addValue("sequence", recorded.sequenceNumber())
        .addValue("kind", kind)
        .addValue("staffId", staffId)
        .addValue("agency", null)
        .addValue("role", null)
        .addValue("hours", null)
        .addValue("certificate", null)
        .addValue("recordedOn", null)
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC));
  }
}
