package mx.bitacora.command.messaging;

import java.util.Map;
import mx.bitacora.command.idempotency.IdempotencyKeys;
import mx.bitacora.command.idempotency.IdempotencyProblem;
import mx.bitacora.platform.eventstore.AppendedPositions;
import mx.bitacora.platform.eventstore.AppendedPositions.Outcome;
import mx.bitacora.platform.eventstore.JdbcEventStoreConfiguration;
import mx.bitacora.platform.eventstore.StoredPosition;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a command and waits for it to be stored, translating Axon's storage outcomes into the API's
 * answers: the {@link Subject}'s not-found code (404); for a creation whose id is taken, success if
 * it is a retry of the same command and the subject's already-recorded code (409) otherwise; {@code
 * CONCURRENT_UPDATE} (409) when another write won the race. A successful answer carries the global
 * position of the last event the command stored (for a retried create, of the event the first
 * attempt stored) in {@link EventPositionHeader#HEADER}, learned in the appending transaction. A
 * failure after that transaction committed still answers as a success, since the command was
 * recorded (when the failure leaves it unclear, the log is asked whether the last event appended is
 * there). A request's {@code Idempotency-Key} is stored in that same transaction ({@link
 * IdempotencyKeys}).
 */
@Component
public class CommandSender {

  private static final Logger log = LoggerFactory.getLogger(CommandSender.class);
  private static final CommandTargetResolver STREAM_IDS =
      AnnotationCommandTargetResolver.builder().build();

  private final CommandGateway gateway;
  private final EventStore eventStore;
  private final CreationFingerprint fingerprints;
  private final IdempotencyKeys idempotencyKeys;
  private final JdbcTemplate jdbc;
  private final CommandOutcomes outcomes;

  CommandSender(
      CommandGateway gateway,
      EventStore eventStore,
      CreationFingerprint fingerprints,
      IdempotencyKeys idempotencyKeys,
      JdbcTemplate jdbc,
      CommandOutcomes outcomes) {
    this.jdbc = jdbc;
    this.outcomes = outcomes;
    this.gateway = gateway;
    this.eventStore = eventStore;
    this.fingerprints = fingerprints;
    this.idempotencyKeys = idempotencyKeys;
  }

  /**
   * Sends a command that creates the aggregate with a client-chosen id. Creation is idempotent: a
   * retry of the very same command answers as the first did and stores nothing more.
   */
  public void create(Object command, Subject subject, Object id) {
    outcomes.counted(command, () -> createCounted(command, subject, id));
  }

  private void createCounted(Object command, Subject subject, Object id) {
    String fingerprint = fingerprints.of(command);
    CommandMessage<?> message =
        GenericCommandMessage.asCommandMessage(command)
            .andMetaData(Map.of(CreationFingerprint.METADATA_KEY, fingerprint));
    // The stream id as Axon stores it, which may differ from the id shown to users.
    String streamId = STREAM_IDS.resolveTarget(message).getIdentifier();
    // Looked for first, so that a retry does not take (and leave empty) a position of the log.
    if (eventStore.lastSequenceNumberFor(streamId).isPresent()) {
      answerAsTheFirstCreate(command, streamId, fingerprint, subject, id);
      return;
    }
    try {
      send(message);
    } catch (AggregateStreamCreationException | ConcurrencyException idTaken) {
      answerAsTheFirstCreate(command, streamId, fingerprint, subject, id);
    }
  }

  private void answerAsTheFirstCreate(
      Object command, String streamId, String fingerprint, Subject subject, Object id) {
    if (command instanceof RefusedWhenRepeated refused) {
      throw new RejectedException(refused.codeWhenRepeated(), id);
    }
    DomainEventMessage<?> first = firstEvent(streamId);
    if (first == null
        || !fingerprint.equals(first.getMetaData().get(CreationFingerprint.METADATA_KEY))) {
      throw new RejectedException(subject.alreadyRecorded(), id);
    }
    EventPositionHeader.remember(StoredPosition.of(first.getMetaData()));
  }

  /** The event that created stream {@code streamId}, if it exists. */
  private DomainEventMessage<?> firstEvent(String streamId) {
    DomainEventStream events = eventStore.readEvents(streamId);
    return events.hasNext() ? events.next() : null;
  }

  /** Sends a command to an existing aggregate. */
  public void update(Object command, Subject subject, Object id) {
    outcomes.counted(command, () -> updateCounted(command, subject, id));
  }

  private void updateCounted(Object command, Subject subject, Object id) {
    try {
      send(command);
    } catch (AggregateNotFoundException unknown) {
      throw new RejectedException(subject.notFound(), id);
    } catch (ConcurrencyException lostRace) {
      throw new RejectedException(CommandProblem.CONCURRENT_UPDATE, id);
    }
  }

  /**
   * Sends a command that asks an aggregate something and stores nothing (its handler applies no
   * event), and returns the answer; an unknown aggregate is the subject's not-found code.
   */
  public <R> R ask(Object command, Subject subject, Object id, Class<R> answerType) {
    return outcomes.counted(
        command,
        () -> {
          try {
            return answerType.cast(gateway.sendAndWait(command));
          } catch (AggregateNotFoundException unknown) {
            throw new RejectedException(subject.notFound(), id);
          }
        });
  }

  /** Sends and waits; notes the position of the last event stored for the answer's header. */
  private void send(Object command) {
    Outcome outcome =
        AppendedPositions.whileSending(
            () -> gateway.sendAndWait(command), idempotencyKeys::storeInAppendingTransaction);
    if (outcome.failure() != null && !outcome.committed() && outcome.lastPosition().isPresent()) {
      // Failed after appending: whether the append committed, only the log can say; if it cannot
      // be asked, the answer must not guess (OUTCOME_UNKNOWN).
      try {
        outcome = outcome.committedIf(isStored(outcome.lastPosition().getAsLong()));
      } catch (DataAccessException unreachable) {
        throw new RejectedException(IdempotencyProblem.OUTCOME_UNKNOWN);
      }
    }
    if (outcome.recordedDespiteFailure()) {
      log.error(
          "A command was recorded (through position {}) but failed afterwards; answered as"
              + " recorded",
          outcome.lastPosition().getAsLong(),
          outcome.failure());
    }
    outcome.rethrowUnlessRecorded();
    EventPositionHeader.remember(outcome.lastPosition());
  }

  private boolean isStored(long position) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM "
                + JdbcEventStoreConfiguration.EVENT_TABLE
                + " WHERE global_index = ?)",
            Boolean.class,
            position));
  }
}
