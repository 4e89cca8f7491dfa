package mx.bitacora.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The events a view could not apply ({@code GET /admin/dead-letters} of query-service), with
 * retrying a view's dead letters once a fix is deployed and setting one aside for good with a
 * reason. The audit trail shows such an event as unreadable meanwhile, never drops it.
 */
@Controller
class DeadLettersPage {

  private final ServiceCalls services;

  DeadLettersPage(ServiceCalls services) {
    this.services = services;
  }

  @GetMapping("/admin/no-aplicados")
  String deadLetters(Model model, HttpServletResponse response) {
    return show(model, null, response);
  }

  @PostMapping("/admin/no-aplicados/{group}/reintento")
  String retry(
      @PathVariable String group,
      @RequestParam(required = false) String formKey,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Answer answer =
        services.operate(
            UriComponentsBuilder.fromPath("/admin/dead-letters").pathSegment(group, "retry"),
            Map.of(),
            formKey);
    if (answer.ok()) {
      done.addFlashAttribute("recorded", "retried");
      return "redirect:/admin/no-aplicados";
    }
    return show(model, answer, response);
  }

  @PostMapping("/admin/no-aplicados/{group}/{eventId}/resolucion")
  String resolve(
      @PathVariable String group,
      @PathVariable String eventId,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String formKey,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    java.util.HashMap<String, Object> body = new java.util.HashMap<>();
    body.put("reason", FormValues.text(reason));
    Answer answer =
        services.operate(
            UriComponentsBuilder.fromPath("/admin/dead-letters")
                .pathSegment(group, eventId, "resolution"),
            body,
            formKey);
    if (answer.ok()) {
      done.addFlashAttribute("recorded", "resolved");
      return "redirect:/admin/no-aplicados";
    }
    return show(model, answer, response);
  }

  private String show(Model model, Answer refusal, HttpServletResponse response) {
    Answer answer = services.query("/admin/dead-letters");
    List<JsonNode> letters = new ArrayList<>();
    if (answer.ok()) {
      answer.body().forEach(letters::add);
    } else {
      model.addAttribute("problem", answer.problem());
      response.setStatus(answer.status());
    }
    if (refusal != null) {
      model.addAttribute("refusal", refusal.problem());
      response.setStatus(refusal.status());
    }
    model.addAttribute("letters", letters);
    model.addAttribute("formKey", FormKey.fresh());
    return "admin/dead-letters";
  }
}
