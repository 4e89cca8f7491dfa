package mx.bitacora.web.training;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.FormValues;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Correcting or voiding one fact recorded in a training session: a completion's hours and
 * certificate corrected ({@code POST /training-sessions/{id}/corrections}), an attendance or a
 * completion voided ({@code /voided-facts}), each with a reason. Nothing recorded changes: the
 * correction or voiding is a new fact naming the original, shown beside it from then on.
 */
@Controller
class TrainingFactPage {

  private final ServiceCalls services;

  TrainingFactPage(ServiceCalls services) {
    this.services = services;
  }

  @GetMapping("/capacitacion/sesiones/{id}/hechos/{sequence}")
  String fact(
      @PathVariable String id,
      @PathVariable long sequence,
      Model model,
      HttpServletResponse response) {
    return show(id, sequence, Map.of(), null, null, model, response);
  }

  @PostMapping("/capacitacion/sesiones/{id}/hechos/{sequence}/correccion")
  String correct(
      @PathVariable String id,
      @PathVariable long sequence,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("originalSequenceNumber", sequence);
    body.put("reason", FormValues.text(form.get("reason")));
    body.put("hoursCompleted", FormValues.number(form.get("hoursCompleted")));
    body.put("certificateReference", FormValues.text(form.get("certificateReference")));
    return send(id, sequence, "corrections", "corrected", body, form, model, done, response);
  }

  @PostMapping("/capacitacion/sesiones/{id}/hechos/{sequence}/anulacion")
  String voidFact(
      @PathVariable String id,
      @PathVariable long sequence,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("originalSequenceNumber", sequence);
    body.put("reason", FormValues.text(form.get("reason")));
    return send(id, sequence, "voided-facts", "voided", body, form, model, done, response);
  }

  private String send(
      String id,
      long sequence,
      String command,
      String what,
      Map<String, Object> body,
      Map<String, String> form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Answer answer =
        services.command(
            UriComponentsBuilder.fromPath("/training-sessions").pathSegment(id, command),
            body,
            form.get("formKey"));
    if (answer.ok()) {
      done.addFlashAttribute("done", what);
      done.addFlashAttribute("staffId", "#" + sequence);
      return "redirect:" + TrainingPage.SessionPath.of(id);
    }
    String refused = command.equals("corrections") ? "correct" : "void";
    return show(id, sequence, form, refused, answer, model, response);
  }

  private String show(
      String id,
      long sequence,
      Map<String, String> typed,
      String refusedForm,
      Answer refusal,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("sessionId", id);
    Answer session =
        services.query(UriComponentsBuilder.fromPath("/training-sessions").pathSegment(id));
    Optional<JsonNode> fact = Optional.empty();
    if (session.ok()) {
      for (JsonNode each : session.body().path("facts")) {
        if (each.path("sequenceNumber").asLong() == sequence) {
          fact = Optional.of(each);
        }
      }
      model.addAttribute("session", session.body());
    } else {
      response.setStatus(session.status());
      model.addAttribute("problem", session.problem());
      return "training/fact";
    }
    if (fact.isEmpty()) {
      response.setStatus(404);
      model.addAttribute("missing", true);
      return "training/fact";
    }
    if (refusal != null) {
      response.setStatus(refusal.status());
      model.addAttribute("refusal", refusal.problem());
      model.addAttribute("refusedForm", refusedForm);
    }
    model.addAttribute("fact", fact.get());
    model.addAttribute("typed", typed);
    model.addAttribute("formKey", FormKey.fresh());
    return "training/fact";
  }
}
