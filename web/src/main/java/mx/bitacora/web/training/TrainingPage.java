package mx.bitacora.web.training;

import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The agency's training: the sessions it gives and its staff's completions in anyone's sessions, as
 * query-service lists them ({@code GET /my-agency/activity}), the form that schedules a session
 * ({@code POST /training-sessions}; on success the session's own page), and a way to a session by
 * its id (to enrol staff in another agency's session).
 */
@Controller
class TrainingPage {

  private static final int SIZE = 20;

  private final ServiceCalls services;

  TrainingPage(ServiceCalls services) {
    this.services = services;
  }

  @GetMapping("/capacitacion")
  String training(
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal OidcUser user,
      Model model) {
    show(ScheduleForm.blank(user == null ? null : SignedIn.of(user).agency()), page, model);
    return "training/training";
  }

  @PostMapping("/capacitacion/sesiones")
  String schedule(ScheduleForm form, RedirectAttributes redirect, Model model) {
    Answer answer = services.command("/training-sessions", form.body(), form.formKey());
    if (answer.ok()) {
      redirect.addFlashAttribute("done", "scheduled");
      return "redirect:" + SessionPath.of(form.trainingSessionId());
    }
    model.addAttribute("scheduleProblem", answer.problem());
    show(form, 0, model);
    return "training/training";
  }

  @GetMapping("/capacitacion/sesion")
  String goTo(@RequestParam(defaultValue = "") String id) {
    return id.isBlank() ? "redirect:/capacitacion" : "redirect:" + SessionPath.of(id.strip());
  }

  private void show(ScheduleForm form, int page, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("formKey", FormKey.fresh());
    Answer given = services.query(activity("TRAINING_GIVEN", page));
    model.addAttribute("problem", given.problem());
    if (given.ok()) {
      model.addAttribute("given", SessionActivity.of(given.body()));
      model.addAttribute("page", given.body().path("page").asInt());
      model.addAttribute("pages", Math.max(1, given.body().path("totalPages").asInt()));
    }
    Answer trained = services.query(activity("STAFF_TRAINED", 0));
    if (trained.ok()) {
      model.addAttribute("trained", SessionActivity.of(trained.body()));
    }
  }

  private static UriComponentsBuilder activity(String kind, int page) {
    return UriComponentsBuilder.fromPath("/my-agency/activity")
        .queryParam("kind", kind)
        .queryParam("page", page)
        .queryParam("size", SIZE);
  }

  /** Where a session's own page is, its id as one path segment. */
  static final class SessionPath {

    private SessionPath() {}

    static String of(String id) {
      return "/capacitacion/sesiones/" + UriUtils.encodePathSegment(id, "UTF-8");
    }
  }
}
