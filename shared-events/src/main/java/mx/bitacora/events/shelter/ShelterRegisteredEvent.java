package mx.bitacora.events.shelter;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/**
 * A shelter was registered, with the agency that operates it and how many people it can host. Its
 * {@code location}, when given, is only ever carried sealed; null when none was given (and in every
 * event stored before the field existed: an additive change, so still revision 1).
 */
@Revision("1")
public record ShelterRegisteredEvent(
    ShelterId shelterId,
    String name,
    ShelterKind kind,
    AgencyId operatingAgency,
    String municipality,
    String state,
    int capacity,
    boolean servesMinors,
    EncryptedLocation location)
    implements ShelterEvent {}
