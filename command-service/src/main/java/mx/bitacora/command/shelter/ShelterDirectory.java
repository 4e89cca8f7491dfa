package mx.bitacora.command.shelter;

import java.util.Optional;
import mx.bitacora.events.common.ShelterId;

/**
 * Answers command handlers of other features about registered shelters, so that, for example, only
 * the agency that really operates a shelter can acknowledge what it received.
 */
public interface ShelterDirectory {

  Optional<RegisteredShelter> find(ShelterId shelterId);
}
