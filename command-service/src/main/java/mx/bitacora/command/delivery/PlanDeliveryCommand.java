package mx.bitacora.command.delivery;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan a delivery of materials to a shelter, on behalf of {@code actingAgency}. */
record PlanDeliveryCommand(
    @TargetAggregateIdentifier DeliveryId deliveryId,
    AgencyId actingAgency,
    ProjectId projectId,
    AgencyId fundingAgency,
    List<AgencyId> deliveringAgencies,
    ShelterId receivingShelter,
    AgencyId receivingAgency,
    LocalDate occurredOn,
    List<DeliveryItem> items,
    List<Official> witnesses) {}
