package mx.bitacora.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.bitacora.events.cases.CaseErasedEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a case erasure stored as revision 1, when a case was its reference alone, as revision 2
 * with an explicit null {@code issuingAgency}: the erasure of the reference's one shared key, which
 * left unreadable every referral recorded under it before, whoever issued it. It depends on the
 * stored event alone, so a replay reads it the same way every time.
 */
@Component
public class CaseErasedBeforeAgencyScopeUpcaster extends SingleEventUpcaster {

  private static final String TYPE = CaseErasedEvent.class.getName();
  private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
  private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation event) {
    return REVISION_1.equals(event.getType());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
    return event.upcastPayload(
        REVISION_2,
        JsonNode.class,
        payload -> {
          ObjectNode erasure = (ObjectNode) payload;
          if (!erasure.has("issuingAgency")) {
            erasure.putNull("issuingAgency");
          }
          return erasure;
        });
  }
}
