package mx.bitacora.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Reads a voiding stored as revision 1 (a delivery fact, training fact or referral step voided by
 * sequence number alone) as revision 2 with {@code originalKind}. The stored voiding cannot tell
 * what it voided, and an upcaster sees one event at a time without the store: a context-aware
 * upcaster that remembers the stream's earlier events would know it only when the stream holds the
 * original, which a tracking processor's stream (resuming at its token) often does not. So
 * migration V8 worked the kinds out once, from the log, into {@link LegacyVoidedFactKinds}; no
 * voiding is stored in revision 1 after it, so that answer is complete and never changes.
 */
@Component
public class VoidingWithoutKindUpcaster extends SingleEventUpcaster {

  private static final Map<SerializedType, SerializedType> NEXT =
      Map.of(
          revision(DeliveryFactVoidedEvent.class, "1"),
          revision(DeliveryFactVoidedEvent.class, "2"),
          revision(TrainingFactVoidedEvent.class, "1"),
          revision(TrainingFactVoidedEvent.class, "2"),
          revision(ReferralStepVoidedEvent.class, "1"),
          revision(ReferralStepVoidedEvent.class, "2"));

  private final LegacyVoidedFactKinds kinds;

  public VoidingWithoutKindUpcaster(LegacyVoidedFactKinds kinds) {
    this.kinds = kinds;
  }

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation event) {
    return NEXT.containsKey(event.getType());
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
    String kind =
        kinds
            .kindVoidedBy(event.getMessageIdentifier())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no kind recorded by migration V8 for voiding "
                            + event.getMessageIdentifier()));
    return event.upcastPayload(
        NEXT.get(event.getType()),
        JsonNode.class,
        payload -> {
          ((ObjectNode) payload).put("originalKind", kind);
          return payload;
        });
  }

  private static SerializedType revision(Class<?> type, String revision) {
    return new SimpleSerializedType(type.getName(), revision);
  }
}
