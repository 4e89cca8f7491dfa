package mx.bitacora.command.shelter;

import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Opens a shelter's sealed location for the staff of its operating agency and for commission
 * auditors. Anyone else is told the shelter does not exist, so its existence does not leak;
 * reviewers and administrators are refused whatever the shelter. Every read, and every refused
 * attempt, is recorded in the access log ({@value #VIEW}, the shelter in the entry's {@code
 * filter}, the operating agency as the agency it concerns, so that its staff and the commission see
 * it) before the answer and before the location is opened; an entry that cannot be recorded fails
 * the read. The entry never holds the location.
 */
@Component
class ShelterLocationLookup {

  static final String VIEW = "shelter-location";

  private final EventStore events;
  private final ShelterLocationCipher cipher;
  private final CaseAccessLog accessLog;

  ShelterLocationLookup(EventStore events, ShelterLocationCipher cipher, CaseAccessLog accessLog) {
    this.events = events;
    this.cipher = cipher;
    this.accessLog = accessLog;
  }

  /** The shelter's location in plain text, for a caller allowed to read it. */
  String locationOf(ShelterId shelterId, Actor actor) {
    Map<String, String> filter = Map.of("shelterId", shelterId.toString());
    boolean auditor = actor.has(Role.COMMISSION_AUDITOR);
    if (!actor.has(Role.AGENCY_STAFF) && !auditor) {
      // Not looked up: whether the shelter exists is none of a reviewer's or administrator's.
      accessLog.record(CaseAccess.concerning(actor, VIEW, List.of(), filter, false));
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    ShelterRegisteredEvent registered = registrationOf(shelterId);
    if (registered == null) {
      accessLog.record(CaseAccess.concerning(actor, VIEW, List.of(), filter, false));
      throw new RejectedException(ShelterProblem.SHELTER_NOT_FOUND, shelterId);
    }
    List<AgencyId> operator = List.of(registered.operatingAgency());
    boolean operatorStaff =
        actor.has(Role.AGENCY_STAFF) && actor.agency().equals(registered.operatingAgency());
    if (!auditor && !operatorStaff) {
      // The operator sees that another agency tried; that agency is told nothing exists.
      accessLog.record(CaseAccess.concerning(actor, VIEW, operator, filter, false));
      throw new RejectedException(ShelterProblem.SHELTER_NOT_FOUND, shelterId);
    }
    accessLog.record(CaseAccess.concerning(actor, VIEW, operator, filter, true));
    if (registered.location() == null) {
      throw new RejectedException(ShelterProblem.SHELTER_LOCATION_NOT_RECORDED, shelterId);
    }
    return cipher.open(shelterId, registered.location());
  }

  private ShelterRegisteredEvent registrationOf(ShelterId shelterId) {
    DomainEventStream stream = events.readEvents(Shelter.streamIdOf(shelterId));
    if (stream.hasNext()
        && stream.next().getPayload() instanceof ShelterRegisteredEvent registered) {
      return registered;
    }
    return null;
  }
}
