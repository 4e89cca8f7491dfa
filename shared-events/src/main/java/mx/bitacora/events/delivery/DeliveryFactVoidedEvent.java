package mx.bitacora.events.delivery;

import mx.bitacora.events.common.CorrectedFact;
import org.axonframework.serialization.Revision;

/**
 * One earlier fact of the delivery (a dispatch or a receipt) is voided, with the reason: it no
 * longer counts, yet stays in the log as recorded. {@code originalKind} says which it was. The
 * actor is in the event's metadata.
 */
@Revision("2")
public record DeliveryFactVoidedEvent(
    DeliveryId deliveryId, CorrectedFact original, DeliveryFactKind originalKind, String reason)
    implements DeliveryEvent {}
