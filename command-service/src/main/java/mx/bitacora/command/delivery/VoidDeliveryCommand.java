package mx.bitacora.command.delivery;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Void a delivery record that should not stand, giving the reason. */
record VoidDeliveryCommand(
    @TargetAggregateIdentifier DeliveryId deliveryId, AgencyId actingAgency, String reason) {}
