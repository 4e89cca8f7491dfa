package mx.bitacora.command.occupancy;

import java.util.Optional;
import mx.bitacora.events.common.ShelterId;

/**
 * Answers command handlers about a shelter's places without loading any aggregate: a lookup table
 * kept by {@code ShelterOccupancyProjection} in the transaction that stores the events.
 */
public interface ShelterOccupancy {

  /** The shelter, if it is registered. */
  Optional<ShelterPlaces> find(ShelterId shelterId);
}
