package mx.bitacora.command.shelter;

import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.platform.security.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a shelter, on behalf of {@code actingAgency} with the acting user's roles. The location
 * arrives already sealed (null when none was given), so no command carries it in plain text.
 */
record RegisterShelterCommand(
    ShelterId shelterId,
    AgencyId actingAgency,
    Set<Role> actorRoles,
    String name,
    ShelterKind kind,
    AgencyId operatingAgency,
    String municipality,
    String state,
    int capacity,
    boolean servesMinors,
    EncryptedLocation location) {

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Shelter.streamIdOf(shelterId);
  }
}
