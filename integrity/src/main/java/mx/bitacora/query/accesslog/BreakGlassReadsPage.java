package mx.bitacora.query.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A page of break-glass reads, newest first, each with its review status, the day its review is due
 * by, its review if there is one, and the entry (as the caller's agency may see it).
 */
record BreakGlassReadsPage(
    List<Read> reads, int page, int size, long totalElements, long reviewWithinDays) {

  /** One break-glass read and where its review stands. */
  record Read(
      long position,
      BreakGlassReviewStatus status,
      Instant reviewDueBy,
      Review review,
      JsonNode entry) {}

  /** A recorded review: the finding, who made it, for which agency, when. */
  record Review(boolean justified, String reviewedBy, String reviewerAgency, Instant reviewedAt) {}
}
