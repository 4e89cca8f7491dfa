package mx.bitacora.events.delivery;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The delivering agencies sent the materials on their way, on business date {@code dispatchedOn}.
 */
@Revision("1")
public record DeliveryDispatchedEvent(DeliveryId deliveryId, LocalDate dispatchedOn)
    implements DeliveryEvent {}
