package mx.bitacora.command.delivery;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a delivering agency sent the materials on their way. */
record DispatchDeliveryCommand(
    @TargetAggregateIdentifier DeliveryId deliveryId,
    AgencyId actingAgency,
    LocalDate dispatchedOn) {}
