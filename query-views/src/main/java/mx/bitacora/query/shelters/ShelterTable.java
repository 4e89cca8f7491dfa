package mx.bitacora.query.shelters;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes each shelter's row and capacity history. The registration inserts or leaves an existing
 * row alone; a capacity change or closure applies only if the row has not yet seen an event at or
 * after its sequence number; a history row is inserted once per sequence number. So a replay
 * changes nothing. The registration's sealed location is deliberately not written anywhere.
 */
@Repository
class ShelterTable {

  private final NamedParameterJdbcTemplate jdbc;

  ShelterTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordRegistered(ShelterRegisteredEvent registered, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO shelter (
            shelter_id, name, kind, operating_agency, municipality, state, capacity,
            serves_minors, registered_at, updated_at, last_sequence)
        VALUES (
            :shelterId, :name, :kind, :operatingAgency, :municipality, :state, :capacity,
            :servesMinors, :recordedAt, :recordedAt, :sequence)
        ON CONFLICT (shelter_id) DO NOTHING
        """,
        applying(registered.shelterId(), recorded)
            .addValue("name", registered.name())
            .addValue("kind", registered.kind().name())
            .addValue("operatingAgency", registered.operatingAgency().value())
            .addValue("municipality", registered.municipality())
            .addValue("state", registered.state())
            .addValue("capacity", registered.capacity())
            .addValue("servesMinors", registered.servesMinors()));
    recordCapacity(registered.shelterId(), null, registered.capacity(), recorded);
  }

  /**
   * The history row is written once per event whatever the row has seen, so a replay restores it.
   */
  void recordCapacityChanged(ShelterCapacityChangedEvent changed, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE shelter
        SET capacity = :capacity, updated_at = :recordedAt, last_sequence = :sequence
        WHERE shelter_id = :shelterId AND last_sequence < :sequence
        """,
        applying(changed.shelterId(), recorded).addValue("capacity", changed.capacity()));
    recordCapacity(changed.shelterId(), changed.previousCapacity(), changed.capacity(), recorded);
  }

  void recordClosed(ShelterClosedEvent closed, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE shelter
        SET closed_on = :closedOn, closure_reason = :reason, updated_at = :recordedAt,
            last_sequence = :sequence
        WHERE shelter_id = :shelterId AND last_sequence < :sequence
        """,
        applying(closed.shelterId(), recorded)
            .addValue("closedOn", closed.closedOn())
            .addValue("reason", closed.reason()));
  }

  private void recordCapacity(
      ShelterId shelterId, Integer previousCapacity, int capacity, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO shelter_capacity_change (
            shelter_id, sequence_number, previous_capacity, capacity, recorded_at)
        VALUES (:shelterId, :sequence, :previousCapacity, :capacity, :recordedAt)
        ON CONFLICT (shelter_id, sequence_number) DO NOTHING
        """,
        applying(shelterId, recorded)
            .addValue("previousCapacity", previousCapacity)
            .addValue("capacity", capacity));
  }

  private static MapSqlParameterSource applying(ShelterId shelterId, RecordedEvent recorded) {
    return new MapSqlParameterSource("shelterId", shelterId.value())
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
        .addValue("sequence", recorded.sequenceNumber());
  }
}
