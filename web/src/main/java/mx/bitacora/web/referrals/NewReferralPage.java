package mx.bitacora.web.referrals;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issuing a referral ({@code POST /referrals} of command-service) to an agency and, if chosen, one
 * of the shelters it operates, picked from the network's directories. Recorded, the person is taken
 * to the referral's page with the service's warnings; refused, the form is shown again as typed
 * with the service's problem next to its fields.
 */
@Controller
class NewReferralPage {

  private final ServiceCalls services;
  private final Directory directory;

  NewReferralPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/canalizaciones/nueva")
  String form(Model model) {
    ReferralForm blank =
        new ReferralForm(
            FormKey.fresh(),
            UUID.randomUUID().toString(),
            null,
            null,
            null,
            null,
            null,
            LocalDate.now(Shown.NETWORK).toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return shown(blank, model);
  }

  @PostMapping("/canalizaciones/nueva")
  String issue(
      @ModelAttribute ReferralForm form,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    Answer answer = services.command("/referrals", form.body(), form.formKey());
    if (answer.ok()) {
      next.addFlashAttribute("warnings", IssueWarning.of(answer.body()));
      next.addFlashAttribute("notice", "referrals.issued");
      return "redirect:/canalizaciones/"
          + UUID.fromString(answer.body().path("referralId").asText());
    }
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    model.addAttribute("problem", answer.problem());
    return shown(form.withKey(FormKey.fresh()), model);
  }

  private String shown(ReferralForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("agencies", directory.agencies());
    model.addAttribute("shelters", directory.shelters());
    model.addAttribute("agencyNames", directory.agencyNames());
    return "referrals/new";
  }
}
