package mx.bitacora.query.commission;

import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;

/** Asks for one page of the agency directory; a null filter leaves that attribute open. */
record FindAgenciesQuery(AgencyKind kind, AgencyLevel level, String state, int page, int size) {

  long offset() {
    return (long) page * size;
  }
}
