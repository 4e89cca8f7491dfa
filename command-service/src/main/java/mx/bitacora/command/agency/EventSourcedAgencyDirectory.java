package mx.bitacora.command.agency;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mx.bitacora.events.agency.AgencyDeactivatedEvent;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads an agency's own short event stream, so the answer is as current as the log, on every
 * instance. Deactivation is final, so a deactivated agency is remembered and never read again.
 */
@Component
class EventSourcedAgencyDirectory implements AgencyDirectory {

  private final EventStore eventStore;
  private final Set<AgencyId> deactivated = ConcurrentHashMap.newKeySet();

  EventSourcedAgencyDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @Override
  public boolean isActive(AgencyId agencyId) {
    if (agencyId == null || deactivated.contains(agencyId)) {
      return false;
    }
    DomainEventStream events = eventStore.readEvents(Agency.streamIdOf(agencyId));
    boolean registered = false;
    while (events.hasNext()) {
      registered = true;
      if (events.next().getPayload() instanceof AgencyDeactivatedEvent) {
        deactivated.add(agencyId);
        return false;
      }
    }
    return registered;
  }
}
