package mx.bitacora.web.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;

/**
 * One break-glass read as query-service answered it: the entry, its review status, the day its
 * review is due by, and the review when there is one (the finding, who, for which agency, when).
 */
record BreakGlassRead(
    AccessEntry entry,
    String status,
    ZonedDateTime reviewDueBy,
    Boolean justified,
    String reviewedBy,
    String reviewerAgency,
    ZonedDateTime reviewedAt) {

  static BreakGlassRead of(JsonNode read) {
    JsonNode review = read.path("review");
    boolean reviewed = review.isObject();
    return new BreakGlassRead(
        AccessEntry.of(read.path("position").asLong(), read.path("entry")),
        read.path("status").asText(),
        AccessEntry.at(read.path("reviewDueBy")),
        reviewed ? review.path("justified").asBoolean() : null,
        reviewed ? review.path("reviewedBy").asText() : null,
        reviewed ? review.path("reviewerAgency").asText() : null,
        reviewed ? AccessEntry.at(review.path("reviewedAt")) : null);
  }

  /** Whether it still awaits its review (the service decides who may record it). */
  public boolean awaitingReview() {
    return justified == null;
  }
}
