package mx.bitacora.query.shelterdeliveries;

import java.util.List;
import mx.bitacora.events.common.ShelterId;

/**
 * One page of a shelter's deliveries the caller may see, newest business date first, with the
 * paging figures; {@code status} echoes the filter, null when none was asked for.
 */
public record ShelterDeliveriesPage(
    ShelterId shelterId,
    DeliveryStatus status,
    List<DeliverySummary> deliveries,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
