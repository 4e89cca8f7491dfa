package mx.bitacora.events.delivery;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/**
 * A delivery of materials to a shelter was planned. {@code occurredOn} is the business date of the
 * delivery; when it was recorded is the event's own timestamp. {@code projectId} may be null.
 */
@Revision("1")
public record DeliveryPlannedEvent(
    DeliveryId deliveryId,
    ProjectId projectId,
    AgencyId fundingAgency,
    List<AgencyId> deliveringAgencies,
    ShelterId receivingShelter,
    AgencyId receivingAgency,
    LocalDate occurredOn,
    List<DeliveryItem> items,
    List<Official> witnesses)
    implements DeliveryEvent {}
