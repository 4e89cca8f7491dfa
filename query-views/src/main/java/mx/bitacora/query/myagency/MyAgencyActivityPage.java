package mx.bitacora.query.myagency;

import java.time.Instant;
import java.util.List;

/** One page of the agency's activity, with the filters echoed and the paging figures. */
public record MyAgencyActivityPage(
    String agencyId,
    ActivityKind kind,
    Instant from,
    Instant to,
    ActivityOrder order,
    List<ActivityItem> items,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
