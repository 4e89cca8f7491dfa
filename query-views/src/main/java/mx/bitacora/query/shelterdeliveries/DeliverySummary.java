package mx.bitacora.query.shelterdeliveries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;

/**
 * A delivery as a shelter's list shows it: who funded, delivered and received it, its business
 * dates, its status and its lines. {@code plannedAt} and {@code updatedAt} are record times.
 */
public record DeliverySummary(
    DeliveryId deliveryId,
    ShelterId receivingShelter,
    AgencyId receivingAgency,
    AgencyId fundingAgency,
    List<AgencyId> deliveringAgencies,
    ProjectId projectId,
    LocalDate occurredOn,
    DeliveryStatus status,
    LocalDate dispatchedOn,
    LocalDate receivedOn,
    String voidReason,
    List<DeliveryLine> items,
    Instant plannedAt,
    Instant updatedAt) {

  /** The same delivery with its lines, which the read model keeps apart from the delivery. */
  DeliverySummary withItems(List<DeliveryLine> lines) {
    return new DeliverySummary(
        deliveryId,
        receivingShelter,
        receivingAgency,
        fundingAgency,
        deliveringAgencies,
        projectId,
        occurredOn,
        status,
        dispatchedOn,
        receivedOn,
        voidReason,
        lines,
        plannedAt,
        updatedAt);
  }
}
