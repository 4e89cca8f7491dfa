package mx.bitacora.events.delivery;

import java.time.LocalDate;

/**
 * The delivering agencies sent the materials on their way, on business date {@code dispatchedOn}.
 */
public record DeliveryDispatchedEvent(DeliveryId deliveryId, LocalDate dispatchedOn)
    implements DeliveryEvent {}
