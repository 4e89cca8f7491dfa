package mx.bitacora.command.commitment;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.CommitmentRevisedEvent;
import mx.bitacora.events.commitment.CommitmentTerms;
import mx.bitacora.events.commitment.CommitmentWithdrawnEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.commitment.ReferralAnswerTerms;
import mx.bitacora.events.commitment.TrainingTerms;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a commitment's own event stream: always current, consistent with what was recorded. */
@Component
class EventSourcedCommitmentDirectory implements CommitmentDirectory {

  private final EventStore eventStore;

  EventSourcedCommitmentDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @Override
  public Optional<RegisteredCommitment> find(CommitmentId commitmentId) {
    DomainEventStream events = eventStore.readEvents(Commitment.streamIdOf(commitmentId));
    RegisteredCommitment commitment = null;
    while (events.hasNext()) {
      Object payload = events.next().getPayload();
      if (payload instanceof CommitmentMadeEvent made) {
        Set<AgencyId> agencies = new LinkedHashSet<>(made.committingAgencies());
        promisedTo(made.terms(), agencies);
        commitment =
            new RegisteredCommitment(
                commitmentId, agencies, made.projectId(), made.terms().dueOn(), false);
      } else if (payload instanceof CommitmentRevisedEvent revised && commitment != null) {
        Set<AgencyId> agencies = new LinkedHashSet<>(commitment.agencies());
        promisedTo(revised.terms(), agencies);
        commitment =
            new RegisteredCommitment(
                commitmentId, agencies, commitment.projectId(), revised.terms().dueOn(), false);
      } else if (payload instanceof CommitmentWithdrawnEvent && commitment != null) {
        commitment =
            new RegisteredCommitment(
                commitmentId,
                commitment.agencies(),
                commitment.projectId(),
                commitment.dueOn(),
                true);
      }
    }
    return Optional.ofNullable(commitment);
  }

  /** Adds the agency the terms promise something to: the shelter's operator, the trainees'. */
  private static void promisedTo(CommitmentTerms terms, Set<AgencyId> agencies) {
    switch (terms) {
      case DeliveryTerms delivery -> agencies.add(delivery.shelterAgency());
      case TrainingTerms training -> agencies.add(training.traineeAgency());
      case ReferralAnswerTerms answers -> {
        // promised to every agency that refers: none in particular
      }
    }
  }
}
