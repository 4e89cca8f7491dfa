package mx.bitacora.command.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import mx.bitacora.command.commitment.CommitmentDirectory;
import mx.bitacora.command.messaging.ActorMetadata;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.project.ProjectEvent;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.platform.eventfacts.EventFacts;
import mx.bitacora.platform.eventstore.StoredPosition;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a finding's evidence from the log itself. An event's reach is what the audit trail shows of
 * its aggregate up to it: every agency its events name or acted through ({@link EventFacts}), the
 * project they name, and the event's own business date (else the day it was recorded).
 */
@Component
class LoggedReviewEvidence implements ReviewEvidence {

  private final CommitmentDirectory commitments;
  private final EventStore eventStore;
  private final Clock clock;
  private final boolean axonServer;

  LoggedReviewEvidence(
      CommitmentDirectory commitments,
      EventStore eventStore,
      Clock clock,
      @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
    this.commitments = commitments;
    this.eventStore = eventStore;
    this.clock = clock;
    this.axonServer = axonServer;
  }

  @Override
  public Optional<EvidenceReach> commitment(CommitmentId commitmentId) {
    return commitments
        .find(commitmentId)
        .map(found -> new EvidenceReach(found.agencies(), found.projectId(), found.dueOn()));
  }

  @Override
  public Optional<EvidenceReach> event(long position) {
    return storedAt(position)
        .filter(DomainEventMessage.class::isInstance)
        .map(DomainEventMessage.class::cast)
        .map(this::reachOf);
  }

  /** The event stored at {@code position}, if one is: the first one after the position before. */
  private Optional<TrackedEventMessage<?>> storedAt(long position) {
    if (position < 0) {
      return Optional.empty();
    }
    try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(before(position))) {
      if (!stream.hasNextAvailable()) {
        return Optional.empty();
      }
      TrackedEventMessage<?> next = stream.nextAvailable();
      long stored =
          StoredPosition.of(next.getMetaData())
              .orElse(next.trackingToken().position().orElse(Long.MIN_VALUE));
      return stored == position ? Optional.of(next) : Optional.empty();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the log", interrupted);
    }
  }

  private TrackingToken before(long position) {
    if (position == 0) {
      return null;
    }
    return axonServer
        ? new GlobalSequenceTrackingToken(position - 1)
        : GapAwareTrackingToken.newInstance(position - 1, java.util.List.of());
  }

  private EvidenceReach reachOf(DomainEventMessage<?> cited) {
    Set<AgencyId> agencies = new LinkedHashSet<>();
    ProjectId project = null;
    DomainEventStream stream = eventStore.readEvents(cited.getAggregateIdentifier());
    while (stream.hasNext()) {
      DomainEventMessage<?> event = stream.next();
      if (event.getSequenceNumber() > cited.getSequenceNumber()) {
        break;
      }
      agencies.addAll(EventFacts.of(event.getPayload()).namedAgencies());
      actorAgency(event).ifPresent(agencies::add);
      ProjectId named = projectOf(event.getPayload());
      project = named != null ? named : project;
    }
    return new EvidenceReach(agencies, project, businessDateOf(cited));
  }

  private static Optional<AgencyId> actorAgency(DomainEventMessage<?> event) {
    return event.getMetaData().get(ActorMetadata.ACTOR_AGENCY) instanceof String slug
            && AgencyId.isValid(slug)
        ? Optional.of(new AgencyId(slug))
        : Optional.empty();
  }

  private static ProjectId projectOf(Object payload) {
    return switch (payload) {
      case ProjectEvent project -> project.projectId();
      case DeliveryPlannedEvent planned -> planned.projectId();
      case TrainingSessionScheduledEvent scheduled -> scheduled.projectId();
      case CommitmentMadeEvent made -> made.projectId();
      default -> null;
    };
  }

  /** The day the fact happened as its event states it, else the day it was recorded. */
  private LocalDate businessDateOf(DomainEventMessage<?> event) {
    String stated = EventFacts.of(event.getPayload()).businessTime();
    if (stated != null) {
      try {
        return stated.length() == 10
            ? LocalDate.parse(stated)
            : LocalDate.ofInstant(Instant.parse(stated), clock.getZone());
      } catch (DateTimeParseException unreadable) {
        // fall back to the record date
      }
    }
    return LocalDate.ofInstant(event.getTimestamp(), clock.getZone());
  }
}
