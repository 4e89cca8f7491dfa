package mx.bitacora.web.reviews;

import java.time.Instant;
import java.util.List;

/**
 * A page of {@code GET /audit-trail}, as the evidence picker lists it: each event by its log
 * position, with the cursor for the next page.
 */
record EvidenceTrail(List<Entry> events, long after, int limit, long nextCursor) {

  EvidenceTrail {
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** One event of the trail: where it is in the log, what and about what, when, by whom. */
  record Entry(
      long position,
      String eventId,
      String eventType,
      String aggregateType,
      String aggregateId,
      String businessTime,
      Instant recordedAt,
      String actor,
      String actorAgency,
      List<String> agencies) {}
}
