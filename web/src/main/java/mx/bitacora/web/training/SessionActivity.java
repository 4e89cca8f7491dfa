package mx.bitacora.web.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One training item of the agency's activity as query-service lists it ({@code GET
 * /my-agency/activity?kind=TRAINING_GIVEN} or {@code STAFF_TRAINED}): the session, the day it is
 * held on, its state (scheduled, with completions, cancelled) and, for staff trained, the trainer.
 */
record SessionActivity(String sessionId, LocalDate heldOn, String state, String trainer) {

  static List<SessionActivity> of(JsonNode page) {
    List<SessionActivity> items = new ArrayList<>();
    for (JsonNode item : page.path("items")) {
      items.add(
          new SessionActivity(
              item.path("id").asText(),
              item.hasNonNull("occurredAt")
                  ? LocalDate.ofInstant(
                      Instant.parse(item.get("occurredAt").asText()), ZoneOffset.UTC)
                  : null,
              item.path("state").asText(),
              item.hasNonNull("counterpartAgency")
                  ? item.get("counterpartAgency").asText()
                  : null));
    }
    return items;
  }
}
