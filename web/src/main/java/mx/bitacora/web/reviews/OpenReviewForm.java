package mx.bitacora.web.reviews;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opens a review ({@code POST /reviews} on command-service): a title, a scope (agencies, project,
 * shelter, period) and up to {@value #CRITERIA_ROWS} criteria. The review's id is chosen when the
 * form is shown; a refusal shows the form again as typed, with the service's problem.
 */
@Controller
class OpenReviewForm {

  static final int CRITERIA_ROWS = 3;

  private final ServiceCalls services;

  OpenReviewForm(ServiceCalls services) {
    this.services = services;
  }

  /** What the person typed, kept to show the form again. */
  record Typed(
      String reviewId,
      String title,
      String agencies,
      String projectId,
      String shelterId,
      String from,
      String to,
      List<String> criterionCodes,
      List<String> criterionDescriptions) {}

  @GetMapping("/revisiones/nueva")
  String form(Model model) {
    List<String> blank = rows(null);
    return show(
        new Typed(UUID.randomUUID().toString(), "", "", "", "", "", "", blank, blank), null, model);
  }

  @PostMapping("/revisiones/nueva")
  String open(
      @RequestParam String formKey,
      @RequestParam String reviewId,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String agencies,
      @RequestParam(defaultValue = "") String projectId,
      @RequestParam(defaultValue = "") String shelterId,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(name = "criterionCode", required = false) List<String> codes,
      @RequestParam(name = "criterionDescription", required = false) List<String> descriptions,
      Model model) {
    Typed typed =
        new Typed(
            reviewId,
            title,
            agencies,
            projectId,
            shelterId,
            from,
            to,
            rows(codes),
            rows(descriptions));
    Answer answer = services.command("/reviews", body(typed), formKey);
    if (answer.ok()) {
      return "redirect:/revisiones/" + typed.reviewId();
    }
    return show(typed, answer, model);
  }

  private String show(Typed typed, Answer refused, Model model) {
    model.addAttribute("typed", typed);
    model.addAttribute("formKey", FormKey.fresh());
    model.addAttribute("problem", refused == null ? null : refused.problem());
    return "reviews/open";
  }

  private static Map<String, Object> body(Typed typed) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put(
        "agencies",
        Arrays.stream(typed.agencies().split("[,\\s]+")).filter(a -> !a.isBlank()).toList());
    scope.put("projectId", blankToNull(typed.projectId()));
    scope.put("shelterId", blankToNull(typed.shelterId()));
    scope.put("from", blankToNull(typed.from()));
    scope.put("to", blankToNull(typed.to()));
    List<Map<String, String>> criteria = new ArrayList<>();
    for (int i = 0; i < CRITERIA_ROWS; i++) {
      String code = typed.criterionCodes().get(i).strip();
      String description = typed.criterionDescriptions().get(i).strip();
      if (!code.isEmpty() || !description.isEmpty()) {
        Map<String, String> criterion = new LinkedHashMap<>();
        criterion.put("code", code);
        criterion.put("description", description);
        criteria.add(criterion);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reviewId", typed.reviewId());
    body.put("title", typed.title());
    body.put("scope", scope);
    body.put("criteria", criteria);
    return body;
  }

  /** Exactly {@value #CRITERIA_ROWS} rows, blank where none came. */
  private static List<String> rows(List<String> sent) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < CRITERIA_ROWS; i++) {
      rows.add(sent != null && i < sent.size() && sent.get(i) != null ? sent.get(i) : "");
    }
    return rows;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
