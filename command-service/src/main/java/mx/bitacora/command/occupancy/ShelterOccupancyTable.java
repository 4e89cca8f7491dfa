package mx.bitacora.command.occupancy;

import java.util.List;
import java.util.Optional;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.ReferralId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lookup tables {@code event_store.shelter_occupancy} (one row per registered shelter) and
 * {@code event_store.referral_place} (one row per referral naming a shelter, and whether it holds a
 * place). Every write is idempotent: a place is taken or freed only when the referral's row
 * changes, so the counter moves once per change whatever is repeated.
 */
@Repository
class ShelterOccupancyTable implements ShelterOccupancy {

  private final JdbcTemplate jdbc;

  ShelterOccupancyTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ShelterPlaces> find(ShelterId shelterId) {
    List<ShelterPlaces> found =
        jdbc.query(
            """
            SELECT operating_agency, capacity, places_taken, closed
            FROM event_store.shelter_occupancy WHERE shelter_id = ?
            """,
            (row, n) ->
                new ShelterPlaces(
                    shelterId,
                    new AgencyId(row.getString("operating_agency")),
                    row.getInt("capacity"),
                    row.getLong("places_taken"),
                    row.getBoolean("closed")),
            shelterId.value());
    return found.stream().findFirst();
  }

  /** A new shelter, counting the places referrals recorded before it already hold. */
  void registered(ShelterId shelterId, AgencyId operatingAgency, int capacity) {
    jdbc.update(
        """
        INSERT INTO event_store.shelter_occupancy
          (shelter_id, operating_agency, capacity, places_taken, closed)
        SELECT ?, ?, ?, count(*), FALSE FROM event_store.referral_place
        WHERE shelter_id = ? AND holds_place
        ON CONFLICT (shelter_id) DO NOTHING
        """,
        shelterId.value(),
        operatingAgency.value(),
        capacity,
        shelterId.value());
  }

  void capacityChanged(ShelterId shelterId, int capacity) {
    jdbc.update(
        "UPDATE event_store.shelter_occupancy SET capacity = ? WHERE shelter_id = ?",
        capacity,
        shelterId.value());
  }

  void closed(ShelterId shelterId) {
    jdbc.update(
        "UPDATE event_store.shelter_occupancy SET closed = TRUE WHERE shelter_id = ?",
        shelterId.value());
  }

  /** A referral names the shelter; it holds no place until accepted. */
  void referred(ReferralId referralId, ShelterId shelterId) {
    jdbc.update(
        """
        INSERT INTO event_store.referral_place (referral_id, shelter_id, holds_place)
        VALUES (?, ?, FALSE) ON CONFLICT (referral_id) DO NOTHING
        """,
        referralId.value(),
        shelterId.value());
  }

  /** The referral (if it names a shelter) now holds a place, unless it already did. */
  void placeTaken(ReferralId referralId) {
    movePlace(referralId, true);
  }

  /** The referral (if it names a shelter) no longer holds a place, if it did. */
  void placeFreed(ReferralId referralId) {
    movePlace(referralId, false);
  }

  private void movePlace(ReferralId referralId, boolean holds) {
    jdbc.update(
        """
        WITH changed AS (
          UPDATE event_store.referral_place SET holds_place = ?
          WHERE referral_id = ? AND holds_place <> ?
          RETURNING shelter_id)
        UPDATE event_store.shelter_occupancy o SET places_taken = o.places_taken + ?
        FROM changed WHERE o.shelter_id = changed.shelter_id
        """,
        holds,
        referralId.value(),
        holds,
        holds ? 1 : -1);
  }
}
