package mx.bitacora.query.testing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends events to the event store as the command side would: each aggregate's events with its
 * type and id, sequence numbers from 0, and the request's metadata.
 */
public final class AggregateEventLog {

  private final EventStore eventStore;
  private final Map<String, Long> nextSequence = new ConcurrentHashMap<>();

  public AggregateEventLog(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** Appends {@code event} as the aggregate's next one and returns its event identifier. */
  public String append(
      String aggregateType, String aggregateId, Object event, Map<String, Object> metaData) {
    return append(aggregateType, aggregateId, event, metaData, Instant.now());
  }

  /** Appends {@code event} as {@link #append} does, recorded at {@code recordedAt}. */
  public String append(
      String aggregateType,
      String aggregateId,
      Object event,
      Map<String, Object> metaData,
      Instant recordedAt) {
    long sequence = nextSequence.merge(aggregateType + ":" + aggregateId, 1L, Long::sum) - 1;
    GenericDomainEventMessage<Object> message =
        new GenericDomainEventMessage<>(
            aggregateType,
            aggregateId,
            sequence,
            event,
            metaData,
            UUID.randomUUID().toString(),
            recordedAt);
    eventStore.publish(message);
    return message.getIdentifier();
  }

  /** The metadata command-service writes on every event it records for a request. */
  public static Map<String, Object> origin(
      String user, AgencyId agency, String requestId, String roles) {
    return Map.of(
        "actor",
        user,
        "actorAgency",
        agency.value(),
        "actorRoles",
        roles,
        "requestId",
        requestId,
        "correlationId",
        "corr-" + requestId,
        "traceId",
        "trace-" + requestId);
  }
}
