package mx.bitacora.events.delivery;

/** Every fact recorded about one material delivery. */
public sealed interface DeliveryEvent
    permits DeliveryPlannedEvent,
        DeliveryDispatchedEvent,
        DeliveryReceiptAcknowledgedEvent,
        DeliveryVoidedEvent,
        DeliveryFactCorrectedEvent,
        DeliveryFactVoidedEvent {

  DeliveryId deliveryId();
}
