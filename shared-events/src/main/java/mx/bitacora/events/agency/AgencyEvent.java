package mx.bitacora.events.agency;

import mx.bitacora.events.common.AgencyId;

/** Every fact recorded about one agency of the network. */
public sealed interface AgencyEvent
    permits AgencyRegisteredEvent, AgencyRenamedEvent, AgencyDeactivatedEvent {

  AgencyId agencyId();
}
