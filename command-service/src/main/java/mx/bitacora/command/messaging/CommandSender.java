package mx.bitacora.command.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends a command and waits for it to be stored, translating Axon's storage outcomes into the API's
 * answers: {@code <SUBJECT>_NOT_FOUND} (404); for a creation whose id is taken, success if it is a
 * retry of the same command and {@code <SUBJECT>_ALREADY_RECORDED} (409) otherwise; {@code
 * CONCURRENT_UPDATE} (409) when another write won the race. A successful answer carries the global
 * position of the last event the command stored (for a retried create, of the event the first
 * attempt stored) in {@link EventPositionHeader#HEADER}.
 */
@Component
public class CommandSender {

  private static final CommandTargetResolver STREAM_IDS =
      AnnotationCommandTargetResolver.builder().build();

  private final CommandGateway gateway;
  private final EventStore eventStore;
  private final CreationFingerprint fingerprints;
  private final Optional<StoredEventPositions> positions;

  CommandSender(
      CommandGateway gateway,
      EventStore eventStore,
      CreationFingerprint fingerprints,
      Optional<StoredEventPositions> positions) {
    this.gateway = gateway;
    this.eventStore = eventStore;
    this.fingerprints = fingerprints;
    this.positions = positions;
  }

  /**
   * Sends a command that creates the aggregate with a client-chosen id. Creation is idempotent: a
   * retry of the very same command answers as the first did and stores nothing more.
   */
  public void create(Object command, String subject, Object id) {
    String fingerprint = fingerprints.of(command);
    CommandMessage<?> message =
        GenericCommandMessage.asCommandMessage(command)
            .andMetaData(Map.of(CreationFingerprint.METADATA_KEY, fingerprint));
    try {
      send(message);
    } catch (AggregateStreamCreationException | ConcurrencyException idTaken) {
      // The stream id as Axon stores it, which may differ from the id shown to users.
      String streamId = STREAM_IDS.resolveTarget(message).getIdentifier();
      DomainEventMessage<?> first = firstEvent(streamId);
      if (first == null
          || !fingerprint.equals(first.getMetaData().get(CreationFingerprint.METADATA_KEY))) {
        throw RejectedException.ruleViolated(subject + "_ALREADY_RECORDED", id);
      }
      positions.ifPresent(
          stored -> EventPositionHeader.remember(stored.positionOf(first.getIdentifier())));
    }
  }

  /** The event that created stream {@code streamId}, if it exists. */
  private DomainEventMessage<?> firstEvent(String streamId) {
    DomainEventStream events = eventStore.readEvents(streamId);
    return events.hasNext() ? events.next() : null;
  }

  /** Sends a command to an existing aggregate. */
  public void update(Object command, String subject, Object id) {
    try {
      send(command);
    } catch (AggregateNotFoundException unknown) {
      throw RejectedException.notFound(subject + "_NOT_FOUND", id);
    } catch (ConcurrencyException lostRace) {
      throw RejectedException.ruleViolated("CONCURRENT_UPDATE", id);
    }
  }

  /** Sends and waits; notes the position of the last event stored for the answer's header. */
  private void send(Object command) {
    if (positions.isEmpty()) {
      gateway.sendAndWait(command);
      return;
    }
    OptionalLong last = positions.get().whileSending(() -> gateway.sendAndWait(command));
    EventPositionHeader.remember(last);
  }
}
