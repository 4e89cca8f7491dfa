package mx.bitacora.events.agency;

import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/** The agency's name and acronym changed; its id stays the same. */
@Revision("1")
public record AgencyRenamedEvent(AgencyId agencyId, String name, String acronym)
    implements AgencyEvent {}
