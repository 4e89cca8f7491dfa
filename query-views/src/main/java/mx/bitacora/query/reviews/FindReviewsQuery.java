package mx.bitacora.query.reviews;

import mx.bitacora.events.common.AgencyId;

/** Asks for one page of the reviews the caller may see, optionally filtered. */
record FindReviewsQuery(
    ReviewStatus status, AgencyId agency, int page, int size, ReviewVisibility visibility) {

  long offset() {
    return (long) page * size;
  }
}
