package mx.bitacora.web.deliveries;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.directory.Directory.ShelterOption;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning a delivery ({@code POST /deliveries}): funder, delivering agencies, receiving shelter
 * (its operator receives), project, business date, lines and witnesses. Recorded, it opens the
 * delivery's page; refused, the form shows again with the service's problem and what was typed.
 */
@Controller
class PlanDeliveryPage {

  private final ServiceCalls services;
  private final Directory directory;

  PlanDeliveryPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/entregas/nueva")
  String blank(@AuthenticationPrincipal OidcUser user, Model model) {
    PlanForm form =
        PlanForm.blank(SignedIn.of(user).agency(), LocalDate.now(DeliveryPage.MEXICO).toString());
    return show(form, model);
  }

  @PostMapping("/entregas/nueva")
  String plan(
      @ModelAttribute("plan") PlanForm plan,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    List<ShelterOption> shelters = directory.shelters();
    Answer answer = services.command("/deliveries", plan.body(shelters), plan.getFormKey());
    if (answer.ok()) {
      done.addFlashAttribute("recorded", "planned");
      done.addAttribute("id", plan.getDeliveryId());
      return "redirect:/entregas/{id}";
    }
    response.setStatus(answer.status());
    model.addAttribute("problem", answer.problem());
    plan.setFormKey(FormKey.fresh());
    plan.fillRows();
    return show(plan, model);
  }

  private String show(PlanForm form, Model model) {
    model.addAttribute("plan", form);
    model.addAttribute("agencies", directory.agencies());
    model.addAttribute("shelters", directory.shelters());
    model.addAttribute("projects", directory.openProjects());
    return "deliveries/plan";
  }
}
