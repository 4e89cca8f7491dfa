package mx.bitacora.web.reviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.web.commitments.Commitment;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Records a finding in a review ({@code POST /reviews/{id}/findings}): criterion, severity, agency
 * concerned, statement, recommendation, response due date, and its evidence, picked from the
 * commitments of the review's scope and from the audit trail ({@code GET /audit-trail}, filtered by
 * the person, a page at a time) by log position. Searching the trail shows the form again with what
 * was typed and picked; the service decides whether the evidence exists and lies in the scope.
 */
@Controller
class FindingForm {

  static final List<String> SEVERITIES = List.of("OBSERVATION", "LOW", "MEDIUM", "HIGH");

  private static final int TRAIL_PAGE = 25;

  private final ServiceCalls services;
  private final ObjectMapper json;

  FindingForm(ServiceCalls services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  /** What the person typed and picked, and the audit-trail filter they searched with. */
  record Typed(
      String findingId,
      String criterion,
      String severity,
      String concernedAgency,
      String statement,
      String recommendation,
      String responseDueOn,
      List<String> commitments,
      List<Long> eventPositions,
      TrailFilter trail) {}

  /** The audit-trail filter of the picker ({@code GET /audit-trail} parameters). */
  record TrailFilter(
      String agency, String eventType, String aggregateType, String aggregateId, long after) {

    UriComponentsBuilder uri() {
      UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit-trail");
      add(uri, "agency", agency);
      add(uri, "eventType", eventType);
      add(uri, "aggregateType", aggregateType);
      add(uri, "aggregateId", aggregateId);
      return uri.queryParam("after", after).queryParam("limit", TRAIL_PAGE);
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
      if (value != null && !value.isBlank()) {
        uri.queryParam(name, value.strip());
      }
    }
  }

  @GetMapping("/revisiones/{reviewId}/hallazgos/nuevo")
  String form(@PathVariable String reviewId, Model model) throws JsonProcessingException {
    Typed blank =
        new Typed(
            UUID.randomUUID().toString(),
            "",
            "",
            "",
            "",
            "",
            "",
            List.of(),
            List.of(),
            new TrailFilter("", "", "", "", 0));
    return show(reviewId, blank, null, model);
  }

  @PostMapping("/revisiones/{reviewId}/hallazgos/nuevo")
  String record(
      @PathVariable String reviewId,
      @RequestParam String formKey,
      @RequestParam String findingId,
      @RequestParam(defaultValue = "") String criterion,
      @RequestParam(defaultValue = "") String severity,
      @RequestParam(defaultValue = "") String concernedAgency,
      @RequestParam(defaultValue = "") String statement,
      @RequestParam(defaultValue = "") String recommendation,
      @RequestParam(defaultValue = "") String responseDueOn,
      @RequestParam(name = "commitments", required = false) List<String> commitments,
      @RequestParam(name = "eventPositions", required = false) List<Long> eventPositions,
      @RequestParam(defaultValue = "") String trailAgency,
      @RequestParam(defaultValue = "") String trailEventType,
      @RequestParam(defaultValue = "") String trailAggregateType,
      @RequestParam(defaultValue = "") String trailAggregateId,
      @RequestParam(defaultValue = "0") long trailAfter,
      @RequestParam(defaultValue = "0") long trailNext,
      @RequestParam(required = false) String search,
      Model model)
      throws JsonProcessingException {
    Typed typed =
        new Typed(
            findingId,
            criterion,
            severity,
            concernedAgency,
            statement,
            recommendation,
            responseDueOn,
            commitments == null ? List.of() : List.copyOf(new LinkedHashSet<>(commitments)),
            eventPositions == null ? List.of() : List.copyOf(new LinkedHashSet<>(eventPositions)),
            new TrailFilter(
                trailAgency,
                trailEventType,
                trailAggregateType,
                trailAggregateId,
                "next".equals(search) ? trailNext : search != null ? 0 : trailAfter));
    if (search != null) {
      model.addAttribute("formKey", formKey);
      return show(reviewId, typed, null, model);
    }
    String path =
        UriComponentsBuilder.fromPath("/reviews")
            .pathSegment(reviewId, "findings")
            .build()
            .encode()
            .toUriString();
    Answer answer = services.command(path, body(typed), formKey);
    if (answer.ok()) {
      return "redirect:"
          + UriComponentsBuilder.fromPath("/revisiones")
              .pathSegment(reviewId)
              .fragment("finding-" + findingId)
              .build()
              .encode()
              .toUriString();
    }
    return show(reviewId, typed, answer, model);
  }

  private String show(String reviewId, Typed typed, Answer refused, Model model)
      throws JsonProcessingException {
    model.addAttribute("reviewId", reviewId);
    model.addAttribute("typed", typed);
    model.addAttribute("severities", SEVERITIES);
    if (!model.containsAttribute("formKey")) {
      model.addAttribute("formKey", FormKey.fresh());
    }
    model.addAttribute("problem", refused == null ? null : refused.problem());
    Answer review = services.query(UriComponentsBuilder.fromPath("/reviews").pathSegment(reviewId));
    model.addAttribute("reviewProblem", review.problem());
    if (!review.ok()) {
      return "reviews/finding";
    }
    ReviewDetail detail = json.treeToValue(review.body(), ReviewDetail.class);
    model.addAttribute("detail", detail);
    model.addAttribute("scopeCommitments", commitmentsInScope(detail.review().scope(), model));
    Answer trail = services.query(typed.trail().uri());
    model.addAttribute("trailProblem", trail.problem());
    List<Long> pickedElsewhere = new ArrayList<>(typed.eventPositions());
    if (trail.ok()) {
      EvidenceTrail page = json.treeToValue(trail.body(), EvidenceTrail.class);
      model.addAttribute("trail", page);
      page.events().forEach(event -> pickedElsewhere.remove(Long.valueOf(event.position())));
    }
    model.addAttribute("pickedElsewhere", pickedElsewhere);
    return "reviews/finding";
  }

  /** The commitments of the review's project or shelter the person may see, to cite. */
  private List<Commitment> commitmentsInScope(Review.Scope scope, Model model)
      throws JsonProcessingException {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/commitments");
    if (scope.projectId() != null) {
      uri.queryParam("project", scope.projectId());
    } else if (scope.shelterId() != null) {
      uri.queryParam("shelter", scope.shelterId());
    }
    uri.queryParam("size", 100);
    Answer answer = services.query(uri);
    model.addAttribute("commitmentsProblem", answer.problem());
    List<Commitment> commitments = new ArrayList<>();
    for (JsonNode commitment : answer.body().path("commitments")) {
      commitments.add(json.treeToValue(commitment, Commitment.class));
    }
    return commitments;
  }

  private static Map<String, Object> body(Typed typed) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("commitments", typed.commitments());
    evidence.put("eventPositions", typed.eventPositions());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("findingId", typed.findingId());
    body.put("criterion", OpenReviewForm.blankToNull(typed.criterion()));
    body.put("severity", OpenReviewForm.blankToNull(typed.severity()));
    body.put("concernedAgency", OpenReviewForm.blankToNull(typed.concernedAgency()));
    body.put("statement", typed.statement());
    body.put("recommendation", OpenReviewForm.blankToNull(typed.recommendation()));
    body.put("evidence", evidence);
    body.put("responseDueOn", OpenReviewForm.blankToNull(typed.responseDueOn()));
    return body;
  }
}
