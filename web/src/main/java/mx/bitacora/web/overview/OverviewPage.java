package mx.bitacora.web.overview;

import java.time.YearMonth;
import java.time.ZoneOffset;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The commission's overview, as {@code GET /commission/overview} of query-service answers the
 * signed-in person: for a period of business months, grouped as they choose, the network's figures
 * and each group's, with a chart beside its table, and the service's own CSV and PDF exports of the
 * same request. Counts are shown as the service words them ("<5" where it withholds one); a refusal
 * is its problem, and nothing else.
 */
@Controller
class OverviewPage {

  private final ServiceCalls services;

  OverviewPage(ServiceCalls services) {
    this.services = services;
  }

  @GetMapping("/panorama")
  String overview(
      @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to,
      @RequestParam(required = false) String groupBy,
      Model model) {
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("groupBy", groupBy == null ? "AGENCY" : groupBy);
    Answer answer = services.query(request("/commission/overview", from, to, groupBy));
    model.addAttribute("problem", answer.problem());
    if (answer.ok()) {
      model.addAttribute("overview", OverviewFigures.of(answer.body()));
    }
    return "overview/overview";
  }

  @GetMapping("/panorama/export.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to,
      @RequestParam(required = false) String groupBy) {
    return services.download(
        request("/commission/overview/export.csv", from, to, groupBy),
        MediaType.parseMediaType("text/csv"));
  }

  @GetMapping("/panorama/export.pdf")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to,
      @RequestParam(required = false) String groupBy) {
    return services.download(
        request("/commission/overview/export.pdf", from, to, groupBy), MediaType.APPLICATION_PDF);
  }

  /**
   * The months as the service's business-time instants: from the first day, to the next month's.
   */
  private static UriComponentsBuilder request(
      String path, YearMonth from, YearMonth to, String groupBy) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    if (from != null) {
      uri.queryParam("from", from.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (to != null) {
      uri.queryParam("to", to.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (groupBy != null && !groupBy.isBlank()) {
      uri.queryParam("groupBy", groupBy);
    }
    return uri;
  }
}
