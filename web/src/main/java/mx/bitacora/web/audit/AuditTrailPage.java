package mx.bitacora.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail ({@code GET /audit-trail}): oldest first from a position, {@value #LIMIT} events
 * a page, with the filters; each row links to its aggregate's whole chain (the facts and the
 * corrections and voidings naming them). The CSV is query-service's own export, passed on.
 */
@Controller
class AuditTrailPage {

  static final int LIMIT = 50;

  private final ServiceCalls services;
  private final Directory directory;

  AuditTrailPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  /** One event as the page lists it. */
  record Row(
      long position,
      String eventId,
      String eventType,
      String aggregateType,
      String aggregateId,
      String businessTime,
      LocalDateTime recordedAt,
      String actor,
      String actorAgency,
      List<String> agencies,
      String corrects,
      List<String> correctedBy,
      boolean unreadable) {}

  @GetMapping("/auditoria")
  String trail(
      @ModelAttribute("filter") AuditFilter filter,
      @RequestParam(defaultValue = "0") String after,
      Model model,
      HttpServletResponse response) {
    Answer answer =
        services.query(
            filter.onto("/audit-trail").queryParam("after", after).queryParam("limit", LIMIT));
    model.addAttribute("agencies", directory.agencies());
    model.addAttribute("eventTypes", RecordKinds.EVENT_TYPES);
    model.addAttribute("aggregateTypes", RecordKinds.AGGREGATE_TYPES);
    model.addAttribute("csv", filter.asPageQuery("/auditoria/bitacora.csv").build().toUriString());
    if (!answer.ok()) {
      response.setStatus(answer.status());
      model.addAttribute("problem", answer.problem());
      return "audit/trail";
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode event : answer.body().path("events")) {
      rows.add(row(event));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("signedThrough", signedThrough());
    long next = answer.body().path("nextCursor").asLong();
    if (rows.size() == LIMIT) {
      model.addAttribute(
          "nextPage",
          filter.asPageQuery("/auditoria").queryParam("after", next).build().toUriString());
    }
    if (!"0".equals(after)) {
      model.addAttribute("firstPage", filter.asPageQuery("/auditoria").build().toUriString());
    }
    return "audit/trail";
  }

  @GetMapping("/auditoria/bitacora.csv")
  ResponseEntity<byte[]> csv(@ModelAttribute("filter") AuditFilter filter) {
    ResponseEntity<byte[]> file =
        services.download(filter.onto("/audit-trail/export.csv"), MediaType.valueOf("text/csv"));
    if (file.getStatusCode().is2xxSuccessful()) {
      return file;
    }
    // The page with the same filters shows the service's problem in words, not as JSON.
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create(filter.asPageQuery("/auditoria").build().encode().toUriString()))
        .build();
  }

  /** The position the latest signed checkpoint covers; 0 when none could be read. */
  private long signedThrough() {
    Answer latest = services.query("/integrity/checkpoints/latest");
    return latest.ok() ? latest.body().path("position").asLong() : 0;
  }

  private static Row row(JsonNode event) {
    return new Row(
        event.path("position").asLong(),
        event.path("eventId").asText(),
        event.path("eventType").asText(),
        event.path("aggregateType").asText(),
        event.path("aggregateId").asText(),
        event.path("businessTime").asText(null),
        LocalDateTime.ofInstant(
            Instant.parse(event.path("recordedAt").asText()),
            java.time.ZoneId.of("America/Mexico_City")),
        event.path("actor").asText(null),
        event.path("actorAgency").asText(null),
        texts(event.path("agencies")),
        event.path("corrects").asText(null),
        texts(event.path("correctedBy")),
        event.hasNonNull("unreadable"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
