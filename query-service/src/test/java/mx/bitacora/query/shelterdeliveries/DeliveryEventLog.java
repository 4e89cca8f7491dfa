package mx.bitacora.query.shelterdeliveries;

import java.util.Map;
import mx.bitacora.events.delivery.DeliveryEvent;
import mx.bitacora.query.testing.AggregateEventLog;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends delivery events to the event store as the command side would: aggregate type {@code
 * Delivery}, the delivery id as aggregate id, sequence numbers from 0, the request's metadata.
 */
public final class DeliveryEventLog {

  public static final String AGGREGATE_TYPE = "Delivery";

  private final AggregateEventLog log;

  public DeliveryEventLog(EventStore eventStore) {
    this.log = new AggregateEventLog(eventStore);
  }

  public void append(DeliveryEvent event, Map<String, Object> metaData) {
    log.append(AGGREGATE_TYPE, event.deliveryId().toString(), event, metaData);
  }
}
