package mx.bitacora.events.agency;

import mx.bitacora.events.common.AgencyId;

/** The agency no longer acts in the network, with the reason; its past records stand. */
public record AgencyDeactivatedEvent(AgencyId agencyId, String reason) implements AgencyEvent {}
