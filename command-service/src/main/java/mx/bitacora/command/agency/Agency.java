package mx.bitacora.command.agency;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Set;
import mx.bitacora.events.agency.AgencyDeactivatedEvent;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One agency of the network. Only platform administrators may register, rename or deactivate it;
 * the rule lives here as well as on the endpoint, so no other path around it exists.
 */
@Aggregate
class Agency {

  /**
   * Agencies and shelters both have slug ids, and the event store keys streams by id alone; the
   * prefix keeps an agency and a shelter with the same slug in separate streams.
   */
  private static final String STREAM_PREFIX = "agency:";

  @AggregateIdentifier private String streamId;
  private AgencyId agencyId;
  private boolean deactivated;

  Agency() {
    // for Axon: rebuilt from its events
  }

  static String streamIdOf(AgencyId agencyId) {
    return STREAM_PREFIX + agencyId;
  }

  @CommandHandler
  Agency(RegisterAgencyCommand command) {
    ensurePlatformAdministrator(command.actorRoles());
    ensureStateWhereTheLevelNeedsOne(command);
    apply(
        new AgencyRegisteredEvent(
            command.agencyId(),
            command.name(),
            command.acronym(),
            command.kind(),
            command.level(),
            command.state()));
  }

  @CommandHandler
  void handle(RenameAgencyCommand command) {
    ensurePlatformAdministrator(command.actorRoles());
    ensureNotDeactivated();
    apply(new AgencyRenamedEvent(agencyId, command.name(), command.acronym()));
  }

  @CommandHandler
  void handle(DeactivateAgencyCommand command) {
    ensurePlatformAdministrator(command.actorRoles());
    ensureNotDeactivated();
    apply(new AgencyDeactivatedEvent(agencyId, command.reason()));
  }

  private static void ensurePlatformAdministrator(Set<Role> actorRoles) {
    if (actorRoles == null || !actorRoles.contains(Role.PLATFORM_ADMIN)) {
      throw new RejectedException(AgencyProblem.NOT_A_PLATFORM_ADMINISTRATOR);
    }
  }

  private static void ensureStateWhereTheLevelNeedsOne(RegisterAgencyCommand command) {
    if (command.level().requiresState() && (command.state() == null || command.state().isBlank())) {
      throw new RejectedException(AgencyProblem.AGENCY_STATE_REQUIRED, command.agencyId());
    }
  }

  private void ensureNotDeactivated() {
    if (deactivated) {
      throw new RejectedException(AgencyProblem.AGENCY_DEACTIVATED, agencyId);
    }
  }

  @EventSourcingHandler
  void on(AgencyRegisteredEvent event) {
    streamId = streamIdOf(event.agencyId());
    agencyId = event.agencyId();
  }

  @EventSourcingHandler
  void on(AgencyDeactivatedEvent event) {
    deactivated = true;
  }
}
