package mx.bitacora.command.shelter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One shelter and who operates it. Staff of the operating agency (or a platform administrator) may
 * register it; only that agency's staff change its capacity or close it, and to anyone else it is
 * unknown (404). Nothing after closing.
 */
@Aggregate
class Shelter {

  /**
   * Shelters and agencies both have slug ids, and the event store keys streams by id alone; the
   * prefix keeps a shelter and an agency with the same slug in separate streams.
   */
  private static final String STREAM_PREFIX = "shelter:";

  @AggregateIdentifier private String streamId;
  private ShelterId shelterId;
  private AgencyId operatingAgency;
  private int capacity;
  private boolean closed;

  Shelter() {
    // for Axon: rebuilt from its events
  }

  public static String streamIdOf(ShelterId shelterId) {
    return STREAM_PREFIX + shelterId;
  }

  @CommandHandler
  Shelter(RegisterShelterCommand command) {
    ensureRegistrarMayActFor(command);
    ensurePositiveCapacity(command.capacity());
    apply(
        new ShelterRegisteredEvent(
            command.shelterId(),
            command.name(),
            command.kind(),
            command.operatingAgency(),
            command.municipality(),
            command.state(),
            command.capacity(),
            command.servesMinors(),
            command.location()));
  }

  @CommandHandler
  void handle(ChangeShelterCapacityCommand command) {
    ensureActsForOperatingAgency(command.actingAgency());
    ensureNotClosed();
    ensurePositiveCapacity(command.capacity());
    ensureCapacityChanges(command.capacity());
    apply(new ShelterCapacityChangedEvent(shelterId, capacity, command.capacity()));
  }

  @CommandHandler
  void handle(CloseShelterCommand command) {
    ensureActsForOperatingAgency(command.actingAgency());
    ensureNotClosed();
    apply(new ShelterClosedEvent(shelterId, command.closedOn(), command.reason()));
  }

  private static void ensureRegistrarMayActFor(RegisterShelterCommand command) {
    ShelterRegistrars.ensureMayRegisterFor(
        command.actorRoles(), command.actingAgency(), command.operatingAgency());
  }

  private static void ensurePositiveCapacity(int capacity) {
    if (capacity <= 0) {
      throw new RejectedException(ShelterProblem.NON_POSITIVE_CAPACITY, capacity);
    }
  }

  /**
   * A non-party is answered exactly as for an unknown shelter id, so the command endpoints do not
   * tell other agencies which shelters exist.
   */
  private void ensureActsForOperatingAgency(AgencyId agency) {
    if (!agency.equals(operatingAgency)) {
      throw new RejectedException(ShelterProblem.SHELTER_NOT_FOUND, shelterId);
    }
  }

  private void ensureNotClosed() {
    if (closed) {
      throw new RejectedException(ShelterProblem.SHELTER_CLOSED, shelterId);
    }
  }

  private void ensureCapacityChanges(int newCapacity) {
    if (newCapacity == capacity) {
      throw new RejectedException(ShelterProblem.CAPACITY_UNCHANGED, shelterId, capacity);
    }
  }

  @EventSourcingHandler
  void on(ShelterRegisteredEvent event) {
    streamId = streamIdOf(event.shelterId());
    shelterId = event.shelterId();
    operatingAgency = event.operatingAgency();
    capacity = event.capacity();
  }

  @EventSourcingHandler
  void on(ShelterCapacityChangedEvent event) {
    capacity = event.capacity();
  }

  @EventSourcingHandler
  void on(ShelterClosedEvent event) {
    closed = true;
  }
}
