package mx.bitacora.command.delivery;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving shelter's agency acknowledges what arrived, line by line where it differs. */
record AcknowledgeDeliveryReceiptCommand(
    @TargetAggregateIdentifier DeliveryId deliveryId,
    AgencyId actingAgency,
    String receivedByTitle,
    LocalDate receivedOn,
    List<ItemDiscrepancy> discrepancies) {}
