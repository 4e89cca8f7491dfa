package mx.bitacora.query.shelters;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.query.shelterdeliveries.DeliveryLine;

/**
 * One line of an acknowledged delivery to the shelter, as the delivery's own view shows it, with
 * the delivery and the business date it was received on.
 */
public record MaterialLine(
    DeliveryId deliveryId, LocalDate receivedOn, @JsonUnwrapped DeliveryLine item) {}
