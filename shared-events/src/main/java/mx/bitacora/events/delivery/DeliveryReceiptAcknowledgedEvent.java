package mx.bitacora.events.delivery;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.Official;
import org.axonframework.serialization.Revision;

/**
 * The receiving shelter acknowledged the materials. Lines without a discrepancy arrived as planned.
 */
@Revision("1")
public record DeliveryReceiptAcknowledgedEvent(
    DeliveryId deliveryId,
    Official receivedBy,
    LocalDate receivedOn,
    List<ItemDiscrepancy> discrepancies)
    implements DeliveryEvent {}
