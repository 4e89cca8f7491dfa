package mx.bitacora.query.commission;

import java.util.List;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;

/** One page of the agency directory, with the filters echoed and the paging figures. */
public record AgencyDirectoryPage(
    AgencyKind kind,
    AgencyLevel level,
    String state,
    List<AgencyListing> agencies,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
