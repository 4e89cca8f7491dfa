package mx.bitacora.command.shelter;

import java.util.Optional;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a shelter's own event stream: always current, consistent with what was recorded. */
@Component
class EventSourcedShelterDirectory implements ShelterDirectory {

  private final EventStore eventStore;

  EventSourcedShelterDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @Override
  public Optional<RegisteredShelter> find(ShelterId shelterId) {
    DomainEventStream events = eventStore.readEvents(Shelter.streamIdOf(shelterId));
    RegisteredShelter shelter = null;
    while (events.hasNext()) {
      Object payload = events.next().getPayload();
      if (payload instanceof ShelterRegisteredEvent registered) {
        shelter = new RegisteredShelter(shelterId, registered.operatingAgency(), false);
      } else if (payload instanceof ShelterClosedEvent && shelter != null) {
        shelter = new RegisteredShelter(shelterId, shelter.operatingAgency(), true);
      }
    }
    return Optional.ofNullable(shelter);
  }
}
