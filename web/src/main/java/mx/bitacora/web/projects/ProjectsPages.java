package mx.bitacora.web.projects;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The projects in the person's scope ({@code GET /projects}), one project with its beneficiaries,
 * deliveries, sessions and what is pending ({@code GET /projects/{id}}), opening one ({@code POST
 * /projects}, the id chosen here so a resent form opens it once), adding or removing a beneficiary
 * shelter and closing it. Who may do what is command-service's to decide.
 */
@Controller
class ProjectsPages {

  private static final int SIZE = 20;

  private final ServiceCalls services;
  private final Directory directory;

  ProjectsPages(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/proyectos")
  String projects(
      @RequestParam(name = "estado", required = false) String status,
      @RequestParam(name = "pagina", defaultValue = "0") int page,
      Model model,
      HttpServletResponse response) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/projects")
            .queryParam("page", Math.max(page, 0))
            .queryParam("size", SIZE);
    if (FormValues.text(status) != null) {
      uri.queryParam("status", status.strip());
    }
    Answer answer = services.query(uri);
    if (answer.ok()) {
      model.addAttribute("listed", answer.body());
      model.addAttribute("agencyNames", directory.agencyNames());
    } else {
      response.setStatus(answer.status());
      model.addAttribute("problem", answer.problem());
    }
    model.addAttribute("status", status);
    return "projects/list";
  }

  @GetMapping("/proyectos/nuevo")
  String newProject(@AuthenticationPrincipal OidcUser user, Model model) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("projectId", UUID.randomUUID().toString());
    String agency = SignedIn.of(user).agency();
    typed.put("implementerAgency", agency);
    typed.put("coordinatorAgency", agency);
    return form(model, typed, null, null);
  }

  @PostMapping("/proyectos/nuevo")
  String open(
      @RequestParam Map<String, String> form,
      @RequestParam(name = "beneficiaryShelters", required = false) List<String> shelters,
      Model model,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field :
        List.of(
            "projectId",
            "name",
            "funderAgency",
            "implementerAgency",
            "coordinatorAgency",
            "startsOn",
            "endsOn")) {
      body.put(field, FormValues.text(form.get(field)));
    }
    body.put("beneficiaryShelters", shelters == null ? List.of() : shelters);
    Answer answer = services.command("/projects", body, form.get("formKey"));
    if (!answer.ok()) {
      Map<String, String> typed = new LinkedHashMap<>(form);
      typed.put("beneficiaryShelters", String.join(",", shelters == null ? List.of() : shelters));
      return form(model, typed, answer, response);
    }
    return "redirect:" + projectPath(form.get("projectId")).toUriString();
  }

  @GetMapping("/proyectos/{id}")
  String project(@PathVariable String id, Model model, HttpServletResponse response) {
    Answer answer = services.query(UriComponentsBuilder.fromPath("/projects").pathSegment(id));
    if (answer.ok()) {
      model.addAttribute("detail", answer.body());
      model.addAttribute("agencyNames", directory.agencyNames());
      model.addAttribute("shelterNames", shelterNames());
      model.addAttribute("shelters", directory.shelters());
      model.addAttribute("formKey", FormKey.fresh());
    } else {
      response.setStatus(answer.status());
      model.addAttribute("problem", answer.problem());
    }
    return "projects/project";
  }

  @PostMapping("/proyectos/{id}/beneficiarios")
  String addBeneficiary(
      @PathVariable String id,
      @RequestParam(required = false) String shelterId,
      @RequestParam(required = false) String formKey,
      RedirectAttributes done) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("shelterId", FormValues.text(shelterId));
    Answer answer =
        services.command(
            UriComponentsBuilder.fromPath("/projects").pathSegment(id, "beneficiaries"),
            body,
            formKey);
    return after(id, answer, "added", done);
  }

  @PostMapping("/proyectos/{id}/beneficiarios/{shelterId}/baja")
  String removeBeneficiary(
      @PathVariable String id,
      @PathVariable String shelterId,
      @RequestParam(required = false) String formKey,
      RedirectAttributes done) {
    Answer answer =
        services.delete(
            UriComponentsBuilder.fromPath("/projects").pathSegment(id, "beneficiaries", shelterId),
            formKey);
    return after(id, answer, "removed", done);
  }

  @PostMapping("/proyectos/{id}/cierre")
  String close(
      @PathVariable String id,
      @RequestParam(required = false) String closedOn,
      @RequestParam(required = false) String formKey,
      RedirectAttributes done) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("closedOn", FormValues.text(closedOn));
    Answer answer =
        services.command(
            UriComponentsBuilder.fromPath("/projects").pathSegment(id, "close"), body, formKey);
    return after(id, answer, "closed", done);
  }

  // Back to the project's page, with the notice or with the service's refusal.
  private static String after(String id, Answer answer, String what, RedirectAttributes done) {
    if (answer.ok()) {
      done.addFlashAttribute("recorded", "projects.recorded." + what);
    } else {
      done.addFlashAttribute("refusal", answer.problem());
    }
    return "redirect:" + projectPath(id).toUriString();
  }

  private Map<String, String> shelterNames() {
    Map<String, String> names = new LinkedHashMap<>();
    directory.shelters().forEach(shelter -> names.put(shelter.id(), shelter.name()));
    return names;
  }

  private String form(
      Model model, Map<String, String> typed, Answer refusal, HttpServletResponse response) {
    if (refusal != null) {
      model.addAttribute("problem", refusal.problem());
      response.setStatus(refusal.status());
    }
    List<String> chosen = new ArrayList<>();
    String shelters = typed.get("beneficiaryShelters");
    if (shelters != null && !shelters.isBlank()) {
      chosen.addAll(List.of(shelters.split(",")));
    }
    model.addAttribute("typed", typed);
    model.addAttribute("chosenShelters", chosen);
    model.addAttribute("agencies", directory.agencies());
    model.addAttribute("shelters", directory.shelters());
    model.addAttribute("formKey", FormKey.fresh());
    return "projects/new";
  }

  private static UriComponentsBuilder projectPath(String id) {
    return UriComponentsBuilder.fromPath("/proyectos").pathSegment(id);
  }
}
