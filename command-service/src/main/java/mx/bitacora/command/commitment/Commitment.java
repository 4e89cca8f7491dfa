package mx.bitacora.command.commitment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.command.project.ProjectDirectory;
import mx.bitacora.command.project.RegisteredProject;
import mx.bitacora.command.shelter.RegisteredShelter;
import mx.bitacora.command.shelter.ShelterDirectory;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.CommitmentRevisedEvent;
import mx.bitacora.events.commitment.CommitmentTerms;
import mx.bitacora.events.commitment.CommitmentWithdrawnEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.commitment.ReferralAnswerTerms;
import mx.bitacora.events.commitment.TrainingTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One commitment: who promised what, by when. Made by an agency for itself, or by a project's
 * implementer or funder for both; only the committing agencies revise or withdraw it (any other
 * agency is told it does not exist). Terms are never edited: a revision replaces them in full with
 * a reason, a withdrawal ends the commitment with a reason. A due date (a period's end) may not lie
 * before the day the promise was made (stated by the agency, else today) or, for a revision, before
 * today: a promise is about what was still to come.
 */
@Aggregate
class Commitment {

  /** Keeps a commitment's stream apart from any other aggregate given the same client UUID. */
  private static final String STREAM_PREFIX = "commitment:";

  @AggregateIdentifier private String streamId;
  private CommitmentId commitmentId;
  private Set<AgencyId> committingAgencies;
  private CommitmentTerms terms;
  private boolean withdrawn;

  Commitment() {
    // for Axon: rebuilt from its events
  }

  static String streamIdOf(CommitmentId commitmentId) {
    return STREAM_PREFIX + commitmentId;
  }

  @CommandHandler
  Commitment(
      MakeCommitmentCommand command,
      ShelterDirectory shelters,
      ProjectDirectory projects,
      Clock clock) {
    List<AgencyId> committing = committingAgencies(command, projects);
    LocalDate madeOn = command.madeOn() != null ? command.madeOn() : LocalDate.now(clock);
    CommitmentTerms promised = completed(command.terms(), shelters, madeOn);
    apply(
        new CommitmentMadeEvent(
            command.commitmentId(), committing, command.projectId(), promised, madeOn));
  }

  @CommandHandler
  void handle(ReviseCommitmentCommand command, ShelterDirectory shelters, Clock clock) {
    ensureCommittedBy(command.actingAgency());
    ensureNotWithdrawn();
    ensureReason(command.reason());
    ensureSameKind(command.terms());
    CommitmentTerms revised = completed(command.terms(), shelters, LocalDate.now(clock));
    ensureChangesSomething(revised);
    apply(new CommitmentRevisedEvent(commitmentId, revised, command.reason().strip()));
  }

  @CommandHandler
  void handle(WithdrawCommitmentCommand command) {
    ensureCommittedBy(command.actingAgency());
    ensureNotWithdrawn();
    ensureReason(command.reason());
    apply(new CommitmentWithdrawnEvent(commitmentId, command.reason().strip()));
  }

  /** The acting agency alone, or a project's implementer and funder if it is one of them. */
  private static List<AgencyId> committingAgencies(
      MakeCommitmentCommand command, ProjectDirectory projects) {
    if (command.projectId() == null) {
      return List.of(command.actingAgency());
    }
    RegisteredProject project =
        projects
            .find(command.projectId())
            .orElseThrow(
                () ->
                    new RejectedException(
                        CommitmentProblem.COMMITMENT_PROJECT_NOT_REGISTERED, command.projectId()));
    if (!command.actingAgency().equals(project.implementerAgency())
        && !command.actingAgency().equals(project.funderAgency())) {
      throw new RejectedException(CommitmentProblem.NOT_A_COMMITTING_PARTY, command.actingAgency());
    }
    if (project.closed()) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_PROJECT_CLOSED, command.projectId());
    }
    Set<AgencyId> both = new LinkedHashSet<>();
    both.add(project.implementerAgency());
    both.add(project.funderAgency());
    return List.copyOf(both);
  }

  /** Checks the stated terms and completes them into the event's. */
  private static CommitmentTerms completed(
      PromisedTerms stated, ShelterDirectory shelters, LocalDate promisedOn) {
    return switch (stated) {
      case PromisedTerms.Delivery delivery -> {
        ensurePositive(delivery.quantity());
        ensureNotDueBefore(delivery.dueOn(), promisedOn);
        RegisteredShelter shelter = registeredOpenShelter(shelters, delivery);
        yield new DeliveryTerms(
            delivery.shelter(),
            shelter.operatingAgency(),
            delivery.item().strip(),
            delivery.unit().strip(),
            delivery.quantity(),
            delivery.dueOn());
      }
      case PromisedTerms.Training training -> {
        ensurePositive(BigDecimal.valueOf(training.staff()));
        ensureNotDueBefore(training.dueOn(), promisedOn);
        yield new TrainingTerms(
            training.traineeAgency(), training.audience(), training.staff(), training.dueOn());
      }
      case PromisedTerms.ReferralAnswers answers -> {
        if (answers.endsOn().isBefore(answers.startsOn())) {
          throw new RejectedException(
              CommitmentProblem.COMMITMENT_PERIOD_ENDS_BEFORE_START,
              answers.endsOn(),
              answers.startsOn());
        }
        ensureNotDueBefore(answers.endsOn(), promisedOn);
        yield new ReferralAnswerTerms(answers.startsOn(), answers.endsOn());
      }
    };
  }

  private static RegisteredShelter registeredOpenShelter(
      ShelterDirectory shelters, PromisedTerms.Delivery delivery) {
    RegisteredShelter shelter =
        shelters
            .find(delivery.shelter())
            .orElseThrow(
                () ->
                    new RejectedException(
                        CommitmentProblem.COMMITMENT_SHELTER_NOT_REGISTERED, delivery.shelter()));
    if (shelter.closed()) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_SHELTER_CLOSED, delivery.shelter());
    }
    return shelter;
  }

  private static void ensurePositive(BigDecimal quantity) {
    if (quantity == null || quantity.signum() <= 0) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_QUANTITY_NOT_POSITIVE);
    }
  }

  private static void ensureNotDueBefore(LocalDate dueOn, LocalDate promisedOn) {
    if (dueOn.isBefore(promisedOn)) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_DUE_IN_THE_PAST, dueOn, promisedOn);
    }
  }

  private void ensureCommittedBy(AgencyId agency) {
    if (!committingAgencies.contains(agency)) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_NOT_FOUND, commitmentId);
    }
  }

  private void ensureNotWithdrawn() {
    if (withdrawn) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_WITHDRAWN, commitmentId);
    }
  }

  private static void ensureReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_REASON_REQUIRED);
    }
  }

  private void ensureSameKind(PromisedTerms stated) {
    if (stated.kind() != terms.kind()) {
      throw new RejectedException(
          CommitmentProblem.COMMITMENT_KIND_CANNOT_CHANGE, terms.kind(), stated.kind());
    }
  }

  private void ensureChangesSomething(CommitmentTerms revised) {
    if (sameTerms(revised, terms)) {
      throw new RejectedException(CommitmentProblem.COMMITMENT_REVISION_CHANGES_NOTHING);
    }
  }

  /** Equal terms, quantities compared by value (20 and 20.0 are the same promise). */
  private static boolean sameTerms(CommitmentTerms a, CommitmentTerms b) {
    if (a instanceof DeliveryTerms x && b instanceof DeliveryTerms y) {
      return x.shelter().equals(y.shelter())
          && x.item().equals(y.item())
          && x.unit().equals(y.unit())
          && x.quantity().compareTo(y.quantity()) == 0
          && x.dueOn().equals(y.dueOn());
    }
    return a.equals(b);
  }

  @EventSourcingHandler
  void on(CommitmentMadeEvent event) {
    streamId = streamIdOf(event.commitmentId());
    commitmentId = event.commitmentId();
    committingAgencies = Set.copyOf(event.committingAgencies());
    terms = event.terms();
  }

  @EventSourcingHandler
  void on(CommitmentRevisedEvent event) {
    terms = event.terms();
  }

  @EventSourcingHandler
  void on(CommitmentWithdrawnEvent event) {
    withdrawn = true;
  }
}
