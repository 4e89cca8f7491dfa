package mx.bitacora.web.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One access-log entry as query-service answered it to this person: its position, when (in central
 * Mexico time), who for which agency, which view, the cases it reached, whether it was allowed, and
 * whether it was a break-glass read with the reason given.
 */
record AccessEntry(
    long position,
    ZonedDateTime accessedAt,
    String actor,
    String actorAgency,
    String view,
    List<String> cases,
    boolean allowed,
    boolean breakGlass,
    String breakGlassReason) {

  static final ZoneId CENTRAL_MEXICO = ZoneId.of("America/Mexico_City");

  static AccessEntry of(long position, JsonNode entry) {
    List<String> cases = new ArrayList<>();
    for (JsonNode reached : entry.path("cases")) {
      cases.add(
          reached.path("caseReference").asText()
              + " ("
              + reached.path("issuingAgency").asText()
              + ")");
    }
    return new AccessEntry(
        position,
        at(entry.path("accessedAt")),
        entry.path("actor").asText(),
        entry.path("actorAgency").asText(),
        entry.path("view").asText(),
        cases,
        entry.path("allowed").asBoolean(),
        entry.path("breakGlass").asBoolean(),
        entry.hasNonNull("breakGlassReason") ? entry.get("breakGlassReason").asText() : null);
  }

  /** An instant as the service wrote it, in central Mexico time; null when absent. */
  static ZonedDateTime at(JsonNode instant) {
    return instant.isTextual() ? Instant.parse(instant.asText()).atZone(CENTRAL_MEXICO) : null;
  }
}
