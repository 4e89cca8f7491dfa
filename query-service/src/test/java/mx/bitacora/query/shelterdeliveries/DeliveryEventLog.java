package mx.bitacora.query.shelterdeliveries;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.bitacora.events.delivery.DeliveryEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends delivery events to the event store as the command side would: aggregate type {@code
 * Delivery}, the delivery id as aggregate id, sequence numbers from 0, the request's metadata.
 */
final class DeliveryEventLog {

  static final String AGGREGATE_TYPE = "Delivery";

  private final EventStore eventStore;
  private final Map<String, Long> nextSequence = new ConcurrentHashMap<>();

  DeliveryEventLog(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  void append(DeliveryEvent event, Map<String, Object> metaData) {
    String aggregateId = event.deliveryId().toString();
    long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
    eventStore.publish(
        new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence, event, metaData));
  }
}
