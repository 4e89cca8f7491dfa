package mx.bitacora.web.reviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One review as {@code GET /reviews/{id}} answers it to this person (reviewers and auditors: every
 * finding; agency staff: their agency's findings; anyone else: its refusal), with the steps taken
 * on it: the agency's answer to a finding, the reviewer's acceptance or reopening, the conclusion.
 * Each step is the command-service's to take or refuse; a refusal shows the page again with the
 * problem next to the form, as typed.
 */
@Controller
class ReviewPage {

  private final ServiceCalls services;
  private final ObjectMapper json;

  ReviewPage(ServiceCalls services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  @GetMapping("/revisiones/{reviewId}")
  String review(@PathVariable String reviewId, Model model) throws JsonProcessingException {
    return show(reviewId, null, null, Map.of(), model);
  }

  @PostMapping("/revisiones/{reviewId}/hallazgos/{findingId}/respuesta")
  String answer(
      @PathVariable String reviewId,
      @PathVariable String findingId,
      @RequestParam String formKey,
      @RequestParam(defaultValue = "") String response,
      @RequestParam(defaultValue = "") String correctiveAction,
      @RequestParam(defaultValue = "") String correctiveActionDueOn,
      Model model)
      throws JsonProcessingException {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("response", response);
    typed.put("correctiveAction", correctiveAction);
    typed.put("correctiveActionDueOn", correctiveActionDueOn);
    Map<String, Object> body = new LinkedHashMap<>(typed);
    body.put("correctiveActionDueOn", OpenReviewForm.blankToNull(correctiveActionDueOn));
    return step(reviewId, findingId, "answer", body, typed, formKey, model);
  }

  @PostMapping("/revisiones/{reviewId}/hallazgos/{findingId}/aceptacion")
  String accept(
      @PathVariable String reviewId,
      @PathVariable String findingId,
      @RequestParam String formKey,
      Model model)
      throws JsonProcessingException {
    return step(reviewId, findingId, "acceptance", Map.of(), Map.of(), formKey, model);
  }

  @PostMapping("/revisiones/{reviewId}/hallazgos/{findingId}/reapertura")
  String reopen(
      @PathVariable String reviewId,
      @PathVariable String findingId,
      @RequestParam String formKey,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String responseDueOn,
      Model model)
      throws JsonProcessingException {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("reason", reason);
    typed.put("responseDueOn", responseDueOn);
    Map<String, Object> body = new LinkedHashMap<>(typed);
    body.put("responseDueOn", OpenReviewForm.blankToNull(responseDueOn));
    return step(reviewId, findingId, "reopening", body, typed, formKey, model);
  }

  @PostMapping("/revisiones/{reviewId}/conclusion")
  String conclude(
      @PathVariable String reviewId,
      @RequestParam String formKey,
      @RequestParam(defaultValue = "") String conclusion,
      Model model)
      throws JsonProcessingException {
    Map<String, String> typed = Map.of("conclusion", conclusion);
    String path =
        UriComponentsBuilder.fromPath("/reviews")
            .pathSegment(reviewId, "conclusion")
            .build()
            .encode()
            .toUriString();
    Answer answer = services.command(path, typed, formKey);
    if (answer.ok()) {
      return redirectTo(reviewId, "conclusion");
    }
    return show(reviewId, answer, "conclusion", typed, model);
  }

  /** Takes one step on a finding; back to the review on success, the form again on refusal. */
  private String step(
      String reviewId,
      String findingId,
      String step,
      Map<String, Object> body,
      Map<String, String> typed,
      String formKey,
      Model model)
      throws JsonProcessingException {
    String path =
        UriComponentsBuilder.fromPath("/reviews")
            .pathSegment(reviewId, "findings", findingId, step)
            .build()
            .encode()
            .toUriString();
    Answer answer = services.command(path, body, formKey);
    if (answer.ok()) {
      return redirectTo(reviewId, "finding-" + findingId);
    }
    return show(reviewId, answer, step + "-" + findingId, typed, model);
  }

  private static String redirectTo(String reviewId, String anchor) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/revisiones")
            .pathSegment(reviewId)
            .fragment(anchor)
            .build()
            .encode()
            .toUriString();
  }

  private String show(
      String reviewId, Answer refused, String failedForm, Map<String, String> typed, Model model)
      throws JsonProcessingException {
    Answer answer = services.query(UriComponentsBuilder.fromPath("/reviews").pathSegment(reviewId));
    model.addAttribute("reviewId", reviewId);
    model.addAttribute("formKeys", new FormKeys());
    model.addAttribute("failedForm", failedForm);
    model.addAttribute("typed", typed);
    model.addAttribute("stepProblem", refused == null ? null : refused.problem());
    model.addAttribute("problem", answer.problem());
    if (answer.ok()) {
      model.addAttribute("detail", json.treeToValue(answer.body(), ReviewDetail.class));
    }
    return "reviews/review";
  }
}
