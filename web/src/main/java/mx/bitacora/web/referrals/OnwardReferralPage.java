package mx.bitacora.web.referrals;

import java.time.LocalDate;
import java.util.UUID;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referring the person on from an accepted referral to a third agency ({@code POST
 * /referrals/{id}/onward} of command-service): a new referral of the same case under a consent the
 * service checks is no wider. Recorded, the person is taken to the new referral with the service's
 * warnings; refused, the form is shown again as typed with the problem next to its fields.
 */
@Controller
class OnwardReferralPage {

  private final ServiceCalls services;
  private final Directory directory;

  OnwardReferralPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/canalizaciones/{id}/canalizar")
  String form(@PathVariable UUID id, Model model) {
    OnwardForm blank =
        new OnwardForm(
            FormKey.fresh(),
            UUID.randomUUID().toString(),
            null,
            null,
            null,
            null,
            LocalDate.now(Shown.NETWORK).toString(),
            null,
            null,
            null);
    return shown(id, blank, model);
  }

  @PostMapping("/canalizaciones/{id}/canalizar")
  String referOnward(
      @PathVariable UUID id,
      @ModelAttribute OnwardForm form,
      Model model,
      RedirectAttributes next) {
    Answer answer = services.command("/referrals/" + id + "/onward", form.body(), form.formKey());
    if (answer.ok()) {
      next.addFlashAttribute("warnings", IssueWarning.of(answer.body()));
      next.addFlashAttribute("notice", "referrals.issued");
      return "redirect:/canalizaciones/"
          + UUID.fromString(answer.body().path("referralId").asText());
    }
    model.addAttribute("problem", answer.problem());
    return shown(id, form.withKey(FormKey.fresh()), model);
  }

  private String shown(UUID id, OnwardForm form, Model model) {
    model.addAttribute("id", id);
    model.addAttribute("form", form);
    model.addAttribute("agencies", directory.agencies());
    model.addAttribute("shelters", directory.shelters());
    model.addAttribute("agencyNames", directory.agencyNames());
    return "referrals/onward";
  }
}
