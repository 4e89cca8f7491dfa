package mx.bitacora.events.agency;

import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * An agency joined the network. {@code state} is the Mexican state it works in; null for federal
 * and international agencies that name none.
 */
@Revision("1")
public record AgencyRegisteredEvent(
    AgencyId agencyId,
    String name,
    String acronym,
    AgencyKind kind,
    AgencyLevel level,
    String state)
    implements AgencyEvent {}
