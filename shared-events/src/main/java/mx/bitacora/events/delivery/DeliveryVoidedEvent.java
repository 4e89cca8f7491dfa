package mx.bitacora.events.delivery;

import org.axonframework.serialization.Revision;

/** The delivery record was voided, with the reason; the earlier events stay as they were. */
@Revision("1")
public record DeliveryVoidedEvent(DeliveryId deliveryId, String reason) implements DeliveryEvent {}
