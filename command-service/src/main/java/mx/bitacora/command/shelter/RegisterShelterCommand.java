package mx.bitacora.command.shelter;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.command.messaging.FingerprintedCreation;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.platform.security.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a shelter, on behalf of {@code actingAgency} with the acting user's roles. The location
 * arrives already sealed (null when none was given), so no command carries it in plain text. {@code
 * locationDigest} is its keyed digest (see {@code ShelterLocationCipher.digest}): a retry is
 * recognised by it, since the ciphertext differs on every request. It is never stored in an event.
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
    EncryptedLocation location,
    String locationDigest)
    implements FingerprintedCreation, NamesAgencies {

  /** The agency that operates the shelter. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    return Collections.singletonList(operatingAgency);
  }

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Shelter.streamIdOf(shelterId);
  }

  /** Everything but the ciphertext, which the keyed digest of the location stands for. */
  @Override
  public Object fingerprintView() {
    return FingerprintedCreation.withSealedAsPresence(this, "location", "hasLocation");
  }
}
