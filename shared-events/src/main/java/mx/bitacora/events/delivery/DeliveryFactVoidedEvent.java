package mx.bitacora.events.delivery;

import mx.bitacora.events.common.CorrectedFact;
import org.axonframework.serialization.Revision;

/**
 * One earlier fact of the delivery (a dispatch or a receipt) is voided, with the reason: it no
 * longer counts, yet stays in the log as recorded. The actor is in the event's metadata.
 */
@Revision("1")
public record DeliveryFactVoidedEvent(DeliveryId deliveryId, CorrectedFact original, String reason)
    implements DeliveryEvent {}
