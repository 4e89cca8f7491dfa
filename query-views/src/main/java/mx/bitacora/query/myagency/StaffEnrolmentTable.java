package mx.bitacora.query.myagency;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes each participant's enrolment, keyed by session and pseudonymous staff id; the first
 * enrolment stands and applying it again changes nothing.
 */
@Repository
class StaffEnrolmentTable {

  private final NamedParameterJdbcTemplate jdbc;

  StaffEnrolmentTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordEnrolled(ParticipantEnrolledEvent enrolled, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO staff_enrolment (
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
