package mx.bitacora.web.deliveries;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agency's deliveries, newest business date first: those it receives and those it funds or
 * delivers, each a page of {@code GET /my-agency/activity} of query-service.
 */
@Controller
class DeliveriesPage {

  private static final int SIZE = 20;

  private final ServiceCalls services;
  private final Directory directory;

  DeliveriesPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  /** One delivery in a list: its id, business date, status, the other agency and the shelter. */
  record Row(String id, LocalDate occurredOn, String state, String counterpart, String shelterId) {}

  /** A page of rows with its paging figures, or the service's problem. */
  record Listing(
      List<Row> rows, int page, int totalPages, mx.bitacora.web.services.Problem problem) {}

  @GetMapping("/entregas")
  String deliveries(
      @RequestParam(defaultValue = "0") int received,
      @RequestParam(defaultValue = "0") int given,
      Model model) {
    model.addAttribute("received", listing("DELIVERY_RECEIVED", Math.max(received, 0)));
    model.addAttribute("given", listing("DELIVERY_GIVEN", Math.max(given, 0)));
    model.addAttribute("agencyNames", directory.agencyNames());
    return "deliveries/list";
  }

  private Listing listing(String kind, int page) {
    Answer answer =
        services.query(
            UriComponentsBuilder.fromPath("/my-agency/activity")
                .queryParam("kind", kind)
                .queryParam("page", page)
                .queryParam("size", SIZE));
    if (!answer.ok()) {
      return new Listing(List.of(), page, 0, answer.problem());
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode item : answer.body().path("items")) {
      rows.add(
          new Row(
              item.path("id").asText(),
              // Deliveries are dated by day: their business time is that day's start in UTC.
              LocalDate.ofInstant(Instant.parse(item.path("occurredAt").asText()), ZoneOffset.UTC),
              item.path("state").asText(),
              item.path("counterpartAgency").asText(null),
              item.path("shelterId").asText(null)));
    }
    return new Listing(rows, page, answer.body().path("totalPages").asInt(), null);
  }
}
