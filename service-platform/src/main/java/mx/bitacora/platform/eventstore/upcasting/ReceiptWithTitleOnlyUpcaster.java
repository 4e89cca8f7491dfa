package mx.bitacora.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a receipt acknowledgement stored before revision 1, when {@code receivedBy} was only the
 * receiver's title (a string), as revision 1, where it is an official with title and agency. The
 * agency is the one the acknowledging actor acted for, which that event's metadata recorded.
 */
@Component
public class ReceiptWithTitleOnlyUpcaster extends SingleEventUpcaster {

  private static final String TYPE = DeliveryReceiptAcknowledgedEvent.class.getName();
  private static final SimpleSerializedType BEFORE_REVISIONS = new SimpleSerializedType(TYPE, null);
  private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation event) {
    return BEFORE_REVISIONS.equals(event.getType());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
    Object agency = event.getMetaData().getObject().get("actorAgency");
    return event.upcastPayload(
        REVISION_1,
        JsonNode.class,
        payload -> {
          ObjectNode receipt = (ObjectNode) payload;
          JsonNode title = receipt.get("receivedBy");
          if (title != null && title.isTextual()) {
            ObjectNode official = JsonNodeFactory.instance.objectNode();
            official.set("title", title);
            official.put("agency", agency == null ? null : agency.toString());
            receipt.set("receivedBy", official);
          }
          return receipt;
        });
  }
}
