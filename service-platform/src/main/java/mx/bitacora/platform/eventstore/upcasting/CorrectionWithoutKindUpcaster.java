package mx.bitacora.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a correction stored as revision 1, before corrections named the kind of fact they correct,
 * as revision 2 with {@code originalKind}. The stored event alone tells: a delivery correction
 * carried {@code items} only for a plan and {@code discrepancies} only for a receipt (both null for
 * a dispatch), and a training correction only ever corrected a completion.
 */
@Component
public class CorrectionWithoutKindUpcaster extends SingleEventUpcaster {

  private static final SimpleSerializedType DELIVERY_1 =
      new SimpleSerializedType(DeliveryFactCorrectedEvent.class.getName(), "1");
  private static final SimpleSerializedType DELIVERY_2 =
      new SimpleSerializedType(DeliveryFactCorrectedEvent.class.getName(), "2");
  private static final SimpleSerializedType TRAINING_1 =
      new SimpleSerializedType(TrainingFactCorrectedEvent.class.getName(), "1");
  private static final SimpleSerializedType TRAINING_2 =
      new SimpleSerializedType(TrainingFactCorrectedEvent.class.getName(), "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation event) {
    return DELIVERY_1.equals(event.getType()) || TRAINING_1.equals(event.getType());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
    if (DELIVERY_1.equals(event.getType())) {
      return event.upcastPayload(
          DELIVERY_2, JsonNode.class, payload -> withKind(payload, deliveryKindOf(payload).name()));
    }
    return event.upcastPayload(
        TRAINING_2,
        JsonNode.class,
        payload -> withKind(payload, TrainingFactKind.COMPLETION.name()));
  }

  private static DeliveryFactKind deliveryKindOf(JsonNode correction) {
    if (present(correction, "items")) {
      return DeliveryFactKind.PLAN;
    }
    return present(correction, "discrepancies")
        ? DeliveryFactKind.RECEIPT
        : DeliveryFactKind.DISPATCH;
  }

  private static boolean present(JsonNode node, String field) {
    return node.hasNonNull(field);
  }

  private static JsonNode withKind(JsonNode payload, String kind) {
    ObjectNode correction = (ObjectNode) payload;
    correction.put("originalKind", kind);
    return correction;
  }
}
