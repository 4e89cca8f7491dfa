package mx.bitacora.web.myagency;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed-in person's agency, as {@code GET /my-agency} of query-service answers them: what it
 * did or received per kind and per business month, for a period of months, with a chart of the
 * months. What the service refuses is shown as its problem message, nothing more.
 */
@Controller
class MyAgencyPage {

  private final ServiceCalls services;

  MyAgencyPage(ServiceCalls services) {
    this.services = services;
  }

  @GetMapping("/mi-dependencia")
  String myAgency(
      @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to,
      Locale locale,
      Model model) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/my-agency");
    if (from != null) {
      uri.queryParam("from", from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (to != null) {
      uri.queryParam("to", to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    Answer answer = services.query(uri);
    model.addAttribute("problem", answer.problem());
    if (answer.ok()) {
      JsonNode summary = answer.body();
      model.addAttribute(
          "agency", summary.path("agencyName").asText(summary.path("agencyId").asText()));
      model.addAttribute("totals", counts(summary.path("totals")));
      model.addAttribute("months", months(summary.path("byMonth"), locale));
    }
    return "my-agency";
  }

  /** One row per kind of activity: its code (translated by the page) and its count. */
  record KindCount(String kind, long count) {}

  /** One row per business month with anything: the month in the person's language, its total. */
  record MonthCount(String month, long count) {}

  private static List<KindCount> counts(JsonNode totals) {
    List<KindCount> rows = new ArrayList<>();
    totals
        .properties()
        .forEach(kind -> rows.add(new KindCount(kind.getKey(), kind.getValue().asLong())));
    return rows;
  }

  private static List<MonthCount> months(JsonNode byMonth, Locale locale) {
    DateTimeFormatter name = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    List<MonthCount> rows = new ArrayList<>();
    for (JsonNode month : byMonth) {
      long total = 0;
      for (JsonNode count : month.path("counts")) {
        total += count.asLong();
      }
      rows.add(new MonthCount(YearMonth.parse(month.path("month").asText()).format(name), total));
    }
    return rows;
  }
}
