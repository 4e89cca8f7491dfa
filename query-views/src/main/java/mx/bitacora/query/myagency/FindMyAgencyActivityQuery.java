package mx.bitacora.query.myagency;

import mx.bitacora.events.common.AgencyId;

/** Asks for one page of an agency's activity, optionally of one kind and within a period. */
record FindMyAgencyActivityQuery(
    AgencyId agency,
    ActivityKind kind,
    ActivityPeriod period,
    ActivityOrder order,
    int page,
    int size) {

  long offset() {
    return (long) page * size;
  }
}
