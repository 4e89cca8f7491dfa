package mx.bitacora.events.delivery;

/** The delivery record was voided, with the reason; the earlier events stay as they were. */
public record DeliveryVoidedEvent(DeliveryId deliveryId, String reason) implements DeliveryEvent {}
