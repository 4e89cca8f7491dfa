package mx.bitacora.command.messaging;

import java.util.Map;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
 * CONCURRENT_UPDATE} (409) when another write won the race.
 */
@Component
public class CommandSender {

  private static final CommandTargetResolver STREAM_IDS =
      AnnotationCommandTargetResolver.builder().build();

  private final CommandGateway gateway;
  private final EventStore eventStore;
  private final CreationFingerprint fingerprints;

  CommandSender(CommandGateway gateway, EventStore eventStore, CreationFingerprint fingerprints) {
    this.gateway = gateway;
    this.eventStore = eventStore;
    this.fingerprints = fingerprints;
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
      gateway.sendAndWait(message);
    } catch (AggregateStreamCreationException | ConcurrencyException idTaken) {
      // The stream id as Axon stores it, which may differ from the id shown to users.
      String streamId = STREAM_IDS.resolveTarget(message).getIdentifier();
      if (!fingerprint.equals(recordedFingerprint(streamId))) {
        throw RejectedException.ruleViolated(subject + "_ALREADY_RECORDED", id);
      }
    }
  }

  /** The fingerprint of the command that created stream {@code streamId}, if it recorded one. */
  private Object recordedFingerprint(String streamId) {
    DomainEventStream events = eventStore.readEvents(streamId);
    return events.hasNext()
        ? events.next().getMetaData().get(CreationFingerprint.METADATA_KEY)
        : null;
  }

  /** Sends a command to an existing aggregate. */
  public void update(Object command, String subject, Object id) {
    try {
      gateway.sendAndWait(command);
    } catch (AggregateNotFoundException unknown) {
      throw RejectedException.notFound(subject + "_NOT_FOUND", id);
    } catch (ConcurrencyException lostRace) {
      throw RejectedException.ruleViolated("CONCURRENT_UPDATE", id);
    }
  }
}
