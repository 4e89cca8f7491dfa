package mx.bitacora.events.agency;

import mx.bitacora.events.common.AgencyId;

/** The agency's name and acronym changed; its id stays the same. */
public record AgencyRenamedEvent(AgencyId agencyId, String name, String acronym)
    implements AgencyEvent {}
