package mx.bitacora.query.commission;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.agency.AgencyDeactivatedEvent;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes each agency's row. The registration inserts or leaves an existing row alone; a rename or
 * deactivation applies only if the row has not yet seen an event at or after its sequence number,
 * so a replay changes nothing.
 */
@Repository
class AgencyTable {

  private final NamedParameterJdbcTemplate jdbc;

  AgencyTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordRegistered(AgencyRegisteredEvent registered, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO agency (
            agency_id, name, acronym, kind, level, state, active, registered_at, updated_at,
            last_sequence)
        VALUES (
            :agencyId, :name, :acronym, :kind, :level, :state, TRUE, :recordedAt, :recordedAt,
            :sequence)
        ON CONFLICT (agency_id) DO NOTHING
        """,
        applying(registered.agencyId(), recorded)
            .addValue("name", registered.name())
            .addValue("acronym", registered.acronym())
            .addValue("kind", registered.kind().name())
            .addValue("level", registered.level().name())
            .addValue("state", registered.state()));
  }

  void recordRenamed(AgencyRenamedEvent renamed, RecordedEvent recorded) {
    apply(
        renamed.agencyId(),
        "name = :name, acronym = :acronym",
        recorded,
        new MapSqlParameterSource("name", renamed.name()).addValue("acronym", renamed.acronym()));
  }

  void recordDeactivated(AgencyDeactivatedEvent deactivated, RecordedEvent recorded) {
    apply(
        deactivated.agencyId(),
        "active = FALSE, deactivation_reason = :reason",
        recorded,
        new MapSqlParameterSource("reason", deactivated.reason()));
  }

  /** Applies {@code assignments} unless the row has already seen this event or a later one. */
  private void apply(
      AgencyId agencyId, String assignments, RecordedEvent recorded, MapSqlParameterSource values) {
    jdbc.update(
        """
        UPDATE agency
        SET %s, updated_at = :recordedAt, last_sequence = :sequence
        WHERE agency_id = :agencyId AND last_sequence < :sequence
        """
            .formatted(assignments),
        applying(agencyId, recorded).addValues(values.getValues()));
  }

  private static MapSqlParameterSource applying(AgencyId agencyId, RecordedEvent recorded) {
    return new MapSqlParameterSource("agencyId", agencyId.value())
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
        .addValue("sequence", recorded.sequenceNumber());
  }
}
