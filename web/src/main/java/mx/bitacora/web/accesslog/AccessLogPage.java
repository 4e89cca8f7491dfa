package mx.bitacora.web.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The access log of case data as query-service answers it to the signed-in person ({@code GET
 * /access-log}, filtered and paged), the break-glass reads with their review status ({@code GET
 * /access-log/break-glass}), and the form that records a review of one ({@code POST
 * /break-glass-reviews} on command-service: justified or not, no free text). What a service refuses
 * is shown as its problem, beside the read it was about.
 */
@Controller
class AccessLogPage {

  private static final int SIZE = 50;

  private final ServiceCalls services;

  AccessLogPage(ServiceCalls services) {
    this.services = services;
  }

  /** The access log's filters, as the person typed them, passed on as the service names them. */
  record Filters(
      String caseReference,
      String actor,
      String actorAgency,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      String breakGlass,
      Integer page,
      String status,
      Integer readsPage) {

    int pageOrFirst() {
      return page == null ? 0 : page;
    }

    int readsPageOrFirst() {
      return readsPage == null ? 0 : readsPage;
    }
  }

  @GetMapping("/accesos")
  String accessLog(@ModelAttribute("filters") Filters filters, Model model) {
    show(filters, model);
    return "accesslog/access-log";
  }

  @PostMapping("/accesos/revisiones")
  String review(
      @RequestParam(required = false) String accessPosition,
      @RequestParam(required = false) String justified,
      @RequestParam(required = false) String formKey,
      RedirectAttributes redirect,
      Model model) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accessPosition", blankAsNull(accessPosition));
    body.put("justified", blankAsNull(justified));
    Answer answer = services.command("/break-glass-reviews", body, formKey);
    if (answer.ok()) {
      redirect.addFlashAttribute("reviewed", accessPosition);
      redirect.addFlashAttribute("reviewedJustified", Boolean.parseBoolean(justified));
      return "redirect:/accesos";
    }
    Filters filters = new Filters(null, null, null, null, null, null, null, null, null);
    model.addAttribute("filters", filters);
    model.addAttribute("reviewProblem", answer.problem());
    model.addAttribute("reviewedPosition", accessPosition);
    show(filters, model);
    return "accesslog/access-log";
  }

  private void show(Filters filters, Model model) {
    Answer entries = services.query(entriesRequest(filters));
    model.addAttribute("problem", entries.problem());
    if (entries.ok()) {
      List<AccessEntry> rows = new ArrayList<>();
      for (JsonNode entry : entries.body().path("entries")) {
        rows.add(AccessEntry.of(entry.path("position").asLong(), entry.path("entry")));
      }
      model.addAttribute("entries", rows);
      model.addAttribute("paging", Paging.of(entries.body()));
    }
    UriComponentsBuilder readsUri =
        UriComponentsBuilder.fromPath("/access-log/break-glass")
            .queryParam("page", filters.readsPageOrFirst())
            .queryParam("size", SIZE);
    if (present(filters.status())) {
      readsUri.queryParam("status", filters.status());
    }
    Answer reads = services.query(readsUri);
    model.addAttribute("readsProblem", reads.problem());
    if (reads.ok()) {
      List<BreakGlassRead> rows = new ArrayList<>();
      for (JsonNode read : reads.body().path("reads")) {
        rows.add(BreakGlassRead.of(read));
      }
      model.addAttribute("reads", rows);
      model.addAttribute("readsPaging", Paging.of(reads.body()));
      model.addAttribute("reviewWithinDays", reads.body().path("reviewWithinDays").asLong());
    }
    model.addAttribute("formKey", FormKey.fresh());
  }

  private static UriComponentsBuilder entriesRequest(Filters filters) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/access-log")
            .queryParam("page", filters.pageOrFirst())
            .queryParam("size", SIZE);
    putIfPresent(uri, "caseReference", filters.caseReference());
    putIfPresent(uri, "actor", filters.actor());
    putIfPresent(uri, "actorAgency", filters.actorAgency());
    putIfPresent(uri, "breakGlass", filters.breakGlass());
    if (filters.from() != null) {
      uri.queryParam(
          "from", filters.from().atStartOfDay(AccessEntry.CENTRAL_MEXICO).toInstant().toString());
    }
    if (filters.to() != null) {
      uri.queryParam(
          "to",
          filters.to().plusDays(1).atStartOfDay(AccessEntry.CENTRAL_MEXICO).toInstant().toString());
    }
    return uri;
  }

  private static void putIfPresent(UriComponentsBuilder uri, String name, String value) {
    if (present(value)) {
      uri.queryParam(name, value.strip());
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static String blankAsNull(String value) {
    return present(value) ? value.strip() : null;
  }
}
