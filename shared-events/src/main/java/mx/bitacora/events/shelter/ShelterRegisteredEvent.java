package mx.bitacora.events.shelter;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/** A shelter was registered, with the agency that operates it and how many people it can host. */
@Revision("1")
public record ShelterRegisteredEvent(
    ShelterId shelterId,
    String name,
    ShelterKind kind,
    AgencyId operatingAgency,
    String municipality,
    String state,
    int capacity,
    boolean servesMinors)
    implements ShelterEvent {}
