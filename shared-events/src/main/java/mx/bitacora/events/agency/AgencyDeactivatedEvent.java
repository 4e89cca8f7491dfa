package mx.bitacora.events.agency;

import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/** The agency no longer acts in the network, with the reason; its past records stand. */
@Revision("1")
public record AgencyDeactivatedEvent(AgencyId agencyId, String reason) implements AgencyEvent {}
