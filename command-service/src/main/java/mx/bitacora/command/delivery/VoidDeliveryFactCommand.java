package mx.bitacora.command.delivery;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Void one earlier fact of a delivery (a dispatch or a receipt), named by its sequence number. */
record VoidDeliveryFactCommand(
    @TargetAggregateIdentifier DeliveryId deliveryId,
    AgencyId actingAgency,
    long originalSequenceNumber,
    String reason) {}
