package mx.bitacora.query.myagency;

import java.time.Instant;
import java.util.List;

/**
 * One page of the agency's activity, newest (or oldest) business time first, with the filters
 * echoed and the paging figures.
 */
public record MyAgencyActivityPage(
    String agencyId,
    ActivityKind kind,
    Instant from,
    Instant to,
    Instant recordedFrom,
    Instant recordedTo,
    ActivityOrder order,
    List<ActivityItem> items,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
