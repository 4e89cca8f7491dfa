package mx.bitacora.web.training;

import java.util.Map;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * One training session as query-service shows it to this person ({@code GET
 * /training-sessions/{id}}: its facts, participants, every fact recorded about them with a link to
 * correct or void it, and its history), and the forms that enrol a staff member ({@code POST
 * /training-sessions/{id}/participants}), record attendance ({@code .../attendance}) and a
 * completion ({@code .../completions}). Who may do which is the service's to decide; its refusal is
 * shown beside the form it was about.
 */
@Controller
class TrainingSessionPage {

  private final ServiceCalls services;
  private final Directory directory;

  TrainingSessionPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/capacitacion/sesiones/{id}")
  String session(@PathVariable String id, Model model) {
    show(id, null, ParticipantForm.blank(), model);
    return "training/session";
  }

  @PostMapping("/capacitacion/sesiones/{id}/participantes")
  String enrol(
      @PathVariable String id, ParticipantForm form, RedirectAttributes redirect, Model model) {
    return send(id, "enrol", "/participants", form.enrolment(), form, redirect, model);
  }

  @PostMapping("/capacitacion/sesiones/{id}/asistencia")
  String attendance(
      @PathVariable String id, ParticipantForm form, RedirectAttributes redirect, Model model) {
    return send(id, "attendance", "/attendance", form.attendance(), form, redirect, model);
  }

  @PostMapping("/capacitacion/sesiones/{id}/constancias")
  String completion(
      @PathVariable String id, ParticipantForm form, RedirectAttributes redirect, Model model) {
    return send(id, "completion", "/completions", form.completion(), form, redirect, model);
  }

  private String send(
      String id,
      String which,
      String command,
      Map<String, Object> body,
      ParticipantForm form,
      RedirectAttributes redirect,
      Model model) {
    String path = "/training-sessions/" + UriUtils.encodePathSegment(id, "UTF-8") + command;
    Answer answer = services.command(path, body, form.formKey());
    if (answer.ok()) {
      redirect.addFlashAttribute("done", which);
      redirect.addFlashAttribute("staffId", form.staffId());
      return "redirect:" + TrainingPage.SessionPath.of(id);
    }
    model.addAttribute("problem", answer.problem());
    show(id, which, form, model);
    return "training/session";
  }

  private void show(String id, String refused, ParticipantForm form, Model model) {
    model.addAttribute("sessionId", id);
    model.addAttribute("refused", refused);
    model.addAttribute("form", form);
    model.addAttribute("formKey", FormKey.fresh());
    Answer session =
        services.query(UriComponentsBuilder.fromPath("/training-sessions").pathSegment(id));
    if (session.ok()) {
      model.addAttribute("view", session.body());
      model.addAttribute("agencyNames", directory.agencyNames());
    } else if (session.status() == 404) {
      // Not theirs to see yet (or no such session): enrolling someone of theirs shows it.
      model.addAttribute("notVisible", true);
    } else if (!model.containsAttribute("problem")) {
      model.addAttribute("problem", session.problem());
    }
  }
}
