package mx.bitacora.command.shelter;

import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens a shelter's sealed location for the staff of its operating agency and for commission
 * auditors. Anyone else is told the shelter does not exist, so its existence does not leak. Each
 * read is logged (who, which shelter; never the location).
 */
@Component
class ShelterLocationLookup {

  private static final Logger LOG = LoggerFactory.getLogger(ShelterLocationLookup.class);

  private final EventStore events;
  private final ShelterLocationCipher cipher;

  ShelterLocationLookup(EventStore events, ShelterLocationCipher cipher) {
    this.events = events;
    this.cipher = cipher;
  }

  /** The shelter's location in plain text, for a caller allowed to read it. */
  String locationOf(ShelterId shelterId, Actor actor) {
    ShelterRegisteredEvent registered = registrationOf(shelterId);
    ensureMayRead(registered, actor);
    if (registered.location() == null) {
      throw new RejectedException(ShelterProblem.SHELTER_LOCATION_NOT_RECORDED, shelterId);
    }
    String location = cipher.open(shelterId, registered.location());
    LOG.info(
        "Location of shelter {} read by {} of {} as {}",
        shelterId,
        actor.userId(),
        actor.agency(),
        actor.roles());
    return location;
  }

  private ShelterRegisteredEvent registrationOf(ShelterId shelterId) {
    DomainEventStream stream = events.readEvents(Shelter.streamIdOf(shelterId));
    if (stream.hasNext()
        && stream.next().getPayload() instanceof ShelterRegisteredEvent registered) {
      return registered;
    }
    throw new RejectedException(ShelterProblem.SHELTER_NOT_FOUND, shelterId);
  }

  private static void ensureMayRead(ShelterRegisteredEvent registered, Actor actor) {
    boolean auditor = actor.has(Role.COMMISSION_AUDITOR);
    boolean operatorStaff =
        actor.has(Role.AGENCY_STAFF) && actor.agency().equals(registered.operatingAgency());
    if (!auditor && !operatorStaff) {
      throw new RejectedException(ShelterProblem.SHELTER_NOT_FOUND, registered.shelterId());
    }
  }
}
