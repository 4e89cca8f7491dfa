package mx.bitacora.query.shelters;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.shelter.ShelterKind;

/**
 * Asks for one page of the shelter directory; a null filter leaves that attribute open. {@code
 * agency} is the operating agency; {@code smallCountsWithheld} for a compliance reviewer.
 */
record FindSheltersQuery(
    ShelterKind kind,
    String state,
    AgencyId agency,
    int page,
    int size,
    boolean smallCountsWithheld) {

  long offset() {
    return (long) page * size;
  }
}
