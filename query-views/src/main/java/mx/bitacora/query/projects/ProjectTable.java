package mx.bitacora.query.projects;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes projects, their beneficiaries and their sessions. An opening and a session are inserted
 * once; a closure and each beneficiary change apply only above the row's last sequence number, so a
 * replay never changes anything.
 */
@Repository
class ProjectTable {

  private final NamedParameterJdbcTemplate jdbc;

  ProjectTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordOpened(ProjectOpenedEvent opened, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO project (
            project_id, name, funder_agency, implementer_agency, coordinator_agency, starts_on,
            ends_on, opened_at, updated_at, last_sequence)
        VALUES (
            :projectId, :name, :funder, :implementer, :coordinator, :startsOn, :endsOn,
            :recordedAt, :recordedAt, :sequence)
        ON CONFLICT (project_id) DO NOTHING
        """,
        applying(opened.projectId(), recorded)
            .addValue("name", opened.name())
            .addValue("funder", opened.funderAgency().value())
            .addValue("implementer", opened.implementerAgency().value())
            .addValue("coordinator", opened.coordinatorAgency().value())
            .addValue("startsOn", opened.startsOn())
            .addValue("endsOn", opened.endsOn()));
    List<ShelterId> beneficiaries =
        opened.beneficiaryShelters() == null ? List.of() : opened.beneficiaryShelters();
    jdbc.batchUpdate(
        BENEFICIARY,
        beneficiaries.stream()
            .map(
                shelter ->
                    applying(opened.projectId(), recorded)
                        .addValue("shelterId", shelter.value())
                        .addValue("removed", false))
            .toArray(SqlParameterSource[]::new));
  }

  /** A shelter added to or removed from the project; the later of two changes stands. */
  void recordBeneficiary(
      ProjectId projectId, ShelterId shelterId, boolean removed, RecordedEvent recorded) {
    jdbc.update(
        BENEFICIARY,
        applying(projectId, recorded)
            .addValue("shelterId", shelterId.value())
            .addValue("removed", removed));
  }

  void recordClosed(ProjectClosedEvent closed, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE project
        SET closed_on = :closedOn, updated_at = :recordedAt, last_sequence = :sequence
        WHERE project_id = :projectId AND last_sequence < :sequence
        """,
        applying(closed.projectId(), recorded).addValue("closedOn", closed.closedOn()));
  }

  void recordSessionScheduled(TrainingSessionScheduledEvent scheduled, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO project_training_session (
            training_session_id, project_id, topic, trainer_agency, audience, held_on, hours,
            capacity, scheduled_at)
        VALUES (
            :sessionId, :projectId, :topic, :trainer, :audience, :heldOn, :hours, :capacity,
            :recordedAt)
        ON CONFLICT (training_session_id) DO NOTHING
        """,
        applying(scheduled.projectId(), recorded)
            .addValue("sessionId", scheduled.trainingSessionId().value())
            .addValue("topic", scheduled.topic())
            .addValue("trainer", scheduled.trainerAgency().value())
            .addValue("audience", scheduled.audience().name())
            .addValue("heldOn", scheduled.heldOn())
            .addValue("hours", scheduled.hours())
            .addValue("capacity", scheduled.capacity()));
  }

  private static final String BENEFICIARY =
      """
      INSERT INTO project_beneficiary (
          project_id, shelter_id, removed, updated_at, last_sequence)
      VALUES (:projectId, :shelterId, :removed, :recordedAt, :sequence)
      ON CONFLICT (project_id, shelter_id) DO UPDATE
      SET removed = EXCLUDED.removed, updated_at = EXCLUDED.updated_at,
          last_sequence = EXCLUDED.last_sequence
      WHERE project_beneficiary.last_sequence < EXCLUDED.last_sequence
      """;

  private static MapSqlParameterSource applying(ProjectId projectId, RecordedEvent recorded) {
    return new MapSqlParameterSource("projectId", projectId.value())
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
        .addValue("sequence", recorded.sequenceNumber());
  }
}
