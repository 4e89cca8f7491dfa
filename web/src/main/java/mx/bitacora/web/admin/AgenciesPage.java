package mx.bitacora.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The network's agencies for administrators: every one, active or not ({@code GET /agencies}),
 * registering a new one, renaming one and deactivating one with a reason (its records stand).
 */
@Controller
class AgenciesPage {

  static final List<String> KINDS =
      List.of("FEDERAL", "STATE", "MUNICIPAL", "INTERNATIONAL", "CIVIL_SOCIETY");
  static final List<String> LEVELS = List.of("FEDERAL", "STATE", "MUNICIPAL", "INTERNATIONAL");

  private final ServiceCalls services;

  AgenciesPage(ServiceCalls services) {
    this.services = services;
  }

  /** One agency as the list shows it. */
  record Agency(
      String agencyId,
      String name,
      String acronym,
      String kind,
      String level,
      String state,
      boolean active) {}

  @GetMapping("/admin/dependencias")
  String agencies(Model model, HttpServletResponse response) {
    return show(model, Map.of(), null, null, response);
  }

  @PostMapping("/admin/dependencias")
  String register(
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field : List.of("agencyId", "name", "acronym", "kind", "level", "state")) {
      body.put(field, FormValues.text(form.get(field)));
    }
    Answer answer = services.command("/agencies", body, form.get("formKey"));
    return answer.ok()
        ? recorded("registered", done)
        : show(model, form, "register", answer, response);
  }

  @PostMapping("/admin/dependencias/{id}/nombre")
  String rename(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", FormValues.text(form.get("name")));
    body.put("acronym", FormValues.text(form.get("acronym")));
    Answer answer = services.command(path(id, "rename"), body, form.get("formKey"));
    return answer.ok()
        ? recorded("renamed", done)
        : show(model, form, "rename-" + id, answer, response);
  }

  @PostMapping("/admin/dependencias/{id}/baja")
  String deactivate(
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", FormValues.text(form.get("reason")));
    Answer answer = services.command(path(id, "deactivate"), body, form.get("formKey"));
    return answer.ok()
        ? recorded("deactivated", done)
        : show(model, form, "deactivate-" + id, answer, response);
  }

  private String show(
      Model model,
      Map<String, String> typed,
      String refusedForm,
      Answer refusal,
      HttpServletResponse response) {
    Answer answer =
        services.query(UriComponentsBuilder.fromPath("/agencies").queryParam("size", 100));
    List<Agency> agencies = new ArrayList<>();
    if (answer.ok()) {
      for (JsonNode agency : answer.body().path("agencies")) {
        agencies.add(
            new Agency(
                agency.path("agencyId").asText(),
                agency.path("name").asText(),
                agency.path("acronym").asText(""),
                agency.path("kind").asText(),
                agency.path("level").asText(),
                agency.path("state").asText(""),
                agency.path("active").asBoolean()));
      }
    } else {
      model.addAttribute("problem", answer.problem());
      response.setStatus(answer.status());
    }
    if (refusal != null) {
      model.addAttribute("refusal", refusal.problem());
      response.setStatus(refusal.status());
    }
    model.addAttribute("agencies", agencies);
    model.addAttribute("typed", typed);
    model.addAttribute("refusedForm", refusedForm);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("levels", LEVELS);
    model.addAttribute("formKey", FormKey.fresh());
    return "admin/agencies";
  }

  private static String recorded(String what, RedirectAttributes done) {
    done.addFlashAttribute("recorded", what);
    return "redirect:/admin/dependencias";
  }

  private static UriComponentsBuilder path(String id, String action) {
    return UriComponentsBuilder.fromPath("/agencies").pathSegment(id, action);
  }
}
