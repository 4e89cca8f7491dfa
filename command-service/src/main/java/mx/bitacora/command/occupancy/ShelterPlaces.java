package mx.bitacora.command.occupancy;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;

/**
 * A registered shelter as referrals need it: who operates it, whether it is closed, its capacity
 * and the places taken (one per referral to it that stands accepted, as the shelter directory
 * counts them).
 */
public record ShelterPlaces(
    ShelterId shelterId, AgencyId operatingAgency, int capacity, long placesTaken, boolean closed) {

  /** No free place: every place of its capacity is taken. */
  public boolean full() {
    return placesTaken >= capacity;
  }
}
