package mx.bitacora.web.shelters;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.FormValues;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Recording a shelter's facts: registering one ({@code POST /shelters}: staff for their own agency,
 * administrators for any), changing its places and recording that it closed (its operator's staff).
 * command-service decides who may; a refusal is shown beside the form, with what was typed.
 */
@Controller
class ShelterRecordsPage {

  static final List<String> KINDS = List.of("CAT", "ALBERGUE", "REFUGIO", "CASA_DE_MEDIO_CAMINO");

  private final ServiceCalls services;
  private final Directory directory;

  ShelterRecordsPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/albergues/nuevo")
  String newShelter(@AuthenticationPrincipal OidcUser user, Model model) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("operatingAgency", SignedIn.of(user).agency());
    return form(model, typed, null, null);
  }

  @PostMapping("/albergues/nuevo")
  String register(
      @AuthenticationPrincipal OidcUser user,
      @RequestParam Map<String, String> form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field :
        List.of("shelterId", "name", "kind", "operatingAgency", "municipality", "state")) {
      body.put(field, FormValues.text(form.get(field)));
    }
    body.put("capacity", FormValues.number(form.get("capacity")));
    body.put("servesMinors", form.containsKey("servesMinors"));
    body.put("location", FormValues.text(form.get("location")));
    Answer answer = services.command("/shelters", body, form.get("formKey"));
    if (!answer.ok()) {
      return form(model, form, answer, response);
    }
    done.addFlashAttribute("recorded", "shelters.recorded.registered");
    // Staff see it among their shelters; an administrator goes back to administration.
    return SignedIn.of(user).has("AGENCY_STAFF") ? "redirect:/albergues" : "redirect:/admin";
  }

  @PostMapping("/albergues/{id}/plazas")
  String changeCapacity(
      @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes done) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("capacity", FormValues.number(form.get("capacity")));
    return recorded(id, "capacity", body, form, done);
  }

  @PostMapping("/albergues/{id}/cierre")
  String close(
      @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes done) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("closedOn", FormValues.text(form.get("closedOn")));
    body.put("reason", FormValues.text(form.get("reason")));
    return recorded(id, "close", body, form, done);
  }

  // Back to the shelter's page either way: with the notice, or with the refusal beside the form.
  private String recorded(
      String id,
      String action,
      Map<String, Object> body,
      Map<String, String> typed,
      RedirectAttributes done) {
    Answer answer =
        services.command(
            UriComponentsBuilder.fromPath("/shelters").pathSegment(id, action),
            body,
            typed.get("formKey"));
    if (answer.ok()) {
      done.addFlashAttribute("recorded", "shelters.recorded." + action);
    } else {
      done.addFlashAttribute("refusal", answer.problem());
      done.addFlashAttribute("refusedForm", action);
      done.addFlashAttribute("typed", typed);
    }
    return "redirect:" + UriComponentsBuilder.fromPath("/albergues").pathSegment(id).toUriString();
  }

  private String form(
      Model model, Map<String, String> typed, Answer refusal, HttpServletResponse response) {
    if (refusal != null) {
      model.addAttribute("problem", refusal.problem());
      response.setStatus(refusal.status());
    }
    model.addAttribute("typed", typed);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("agencies", directory.agencies());
    model.addAttribute("formKey", FormKey.fresh());
    return "shelters/new";
  }
}
