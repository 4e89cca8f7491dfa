package mx.bitacora.command.delivery;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct one earlier fact of a delivery, named by its sequence number, giving the reason. Only the
 * fields that apply to the original's kind may be given; an absent field keeps its recorded value:
 * a plan takes {@code occurredOn} and per-line {@code quantities}, a dispatch {@code dispatchedOn},
 * a receipt {@code receivedOn} and the full corrected list of {@code discrepancies}.
 */
record CorrectDeliveryFactCommand(
    @TargetAggregateIdentifier DeliveryId deliveryId,
    AgencyId actingAgency,
    long originalSequenceNumber,
    String reason,
    LocalDate occurredOn,
    List<PlannedQuantity> quantities,
    LocalDate dispatchedOn,
    LocalDate receivedOn,
    List<ItemDiscrepancy> discrepancies) {}
