package mx.bitacora.query.shelters;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes one row per enrolment, keyed by session and staff id; an enrolment already written is left
 * as it is, so a replay doubles nothing. The participant's role text is not copied.
 */
@Repository
class TrainingEnrolmentTable {

  private final NamedParameterJdbcTemplate jdbc;

  TrainingEnrolmentTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordEnrolled(ParticipantEnrolledEvent enrolled, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO read_model.training_enrolment (
            training_session_id, staff_id, agency, enrolled_at)
        VALUES (:sessionId, :staffId, :agency, :recordedAt)
        ON CONFLICT (training_session_id, staff_id) DO NOTHING
        """,
        new MapSqlParameterSource("sessionId", enrolled.trainingSessionId().value())
            .addValue("staffId", enrolled.staffId().value())
            .addValue("agency", enrolled.agency().value())
            .addValue(
                "recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC)));
  }
}
