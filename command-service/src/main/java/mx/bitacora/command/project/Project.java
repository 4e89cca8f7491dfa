package mx.bitacora.command.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.project.ProjectBeneficiaryAddedEvent;
import mx.bitacora.events.project.ProjectBeneficiaryRemovedEvent;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One support project: its funder, implementer and coordinator, the shelters it benefits, its
 * period. Only those three agencies act on it; any other agency is told it does not exist.
 */
@Aggregate
class Project {

  /** Keeps a project's stream apart from any other aggregate given the same client UUID. */
  private static final String STREAM_PREFIX = "project:";

  @AggregateIdentifier private String streamId;
  private ProjectId projectId;
  private Set<AgencyId> parties;
  private Set<ShelterId> beneficiaries;
  private LocalDate startsOn;
  private boolean closed;

  Project() {
    // for Axon: rebuilt from its events
  }

  static String streamIdOf(ProjectId projectId) {
    return STREAM_PREFIX + projectId;
  }

  @CommandHandler
  Project(OpenProjectCommand command) {
    ensureOpenerIsParty(command);
    ensurePeriodEndsNotBeforeStart(command.startsOn(), command.endsOn());
    List<ShelterId> shelters =
        command.beneficiaryShelters() == null ? List.of() : command.beneficiaryShelters();
    ensureNoShelterTwice(shelters);
    apply(
        new ProjectOpenedEvent(
            command.projectId(),
            command.name(),
            command.funderAgency(),
            command.implementerAgency(),
            command.coordinatorAgency(),
            List.copyOf(shelters),
            command.startsOn(),
            command.endsOn()));
  }

  @CommandHandler
  void handle(AddBeneficiaryShelterCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotClosed();
    ensureNotYetBeneficiary(command.shelterId());
    apply(new ProjectBeneficiaryAddedEvent(projectId, command.shelterId()));
  }

  @CommandHandler
  void handle(RemoveBeneficiaryShelterCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotClosed();
    ensureBeneficiary(command.shelterId());
    apply(new ProjectBeneficiaryRemovedEvent(projectId, command.shelterId()));
  }

  @CommandHandler
  void handle(CloseProjectCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotClosed();
    ensureClosedNotBeforeStart(command.closedOn());
    apply(new ProjectClosedEvent(projectId, command.closedOn()));
  }

  private static void ensureOpenerIsParty(OpenProjectCommand command) {
    AgencyId opener = command.actingAgency();
    if (!opener.equals(command.funderAgency())
        && !opener.equals(command.implementerAgency())
        && !opener.equals(command.coordinatorAgency())) {
      throw new RejectedException(ProjectProblem.NOT_A_PROJECT_PARTY, opener);
    }
  }

  private static void ensurePeriodEndsNotBeforeStart(LocalDate startsOn, LocalDate endsOn) {
    if (endsOn.isBefore(startsOn)) {
      throw new RejectedException(ProjectProblem.PROJECT_ENDS_BEFORE_START, endsOn, startsOn);
    }
  }

  private static void ensureNoShelterTwice(List<ShelterId> shelters) {
    Set<ShelterId> seen = new HashSet<>();
    for (ShelterId shelter : shelters) {
      if (!seen.add(shelter)) {
        throw new RejectedException(ProjectProblem.SHELTER_ALREADY_BENEFICIARY, shelter);
      }
    }
  }

  private void ensureVisibleTo(AgencyId agency) {
    if (!parties.contains(agency)) {
      throw new RejectedException(ProjectProblem.PROJECT_NOT_FOUND, projectId);
    }
  }

  private void ensureNotClosed() {
    if (closed) {
      throw new RejectedException(ProjectProblem.PROJECT_CLOSED, projectId);
    }
  }

  private void ensureNotYetBeneficiary(ShelterId shelter) {
    if (beneficiaries.contains(shelter)) {
      throw new RejectedException(ProjectProblem.SHELTER_ALREADY_BENEFICIARY, shelter);
    }
  }

  private void ensureBeneficiary(ShelterId shelter) {
    if (!beneficiaries.contains(shelter)) {
      throw new RejectedException(ProjectProblem.SHELTER_NOT_A_BENEFICIARY, shelter);
    }
  }

  private void ensureClosedNotBeforeStart(LocalDate closedOn) {
    if (closedOn.isBefore(startsOn)) {
      throw new RejectedException(ProjectProblem.PROJECT_CLOSED_BEFORE_START, closedOn, startsOn);
    }
  }

  @EventSourcingHandler
  void on(ProjectOpenedEvent event) {
    streamId = streamIdOf(event.projectId());
    projectId = event.projectId();
    // one agency may hold several of the three parts
    parties =
        Set.copyOf(
            List.of(event.funderAgency(), event.implementerAgency(), event.coordinatorAgency()));
    beneficiaries = new HashSet<>(event.beneficiaryShelters());
    startsOn = event.startsOn();
  }

  @EventSourcingHandler
  void on(ProjectBeneficiaryAddedEvent event) {
    beneficiaries.add(event.shelterId());
  }

  @EventSourcingHandler
  void on(ProjectBeneficiaryRemovedEvent event) {
    beneficiaries.remove(event.shelterId());
  }

  @EventSourcingHandler
  void on(ProjectClosedEvent event) {
    closed = true;
  }
}
