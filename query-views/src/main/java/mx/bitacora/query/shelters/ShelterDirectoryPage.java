package mx.bitacora.query.shelters;

import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.shelter.ShelterKind;

/** One page of the shelter directory, with the filters echoed and the paging figures. */
public record ShelterDirectoryPage(
    ShelterKind kind,
    String state,
    AgencyId agency,
    List<ShelterListing> shelters,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
