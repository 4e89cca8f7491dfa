package mx.bitacora.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.web.admin.IdentityProvider.Account;
import mx.bitacora.web.admin.IdentityProvider.Outcome;
import mx.bitacora.web.directory.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People's accounts: the list with each one's agency and roles, a new account (with a temporary
 * password to change at first sign-in), and changing an account's agency, roles or whether it may
 * sign in. Keycloak keeps them and decides, on the administrator's own token; its refusals are
 * shown by status in the person's language.
 */
@Controller
class AccountsPage {

  private static final int MAX = 200;

  private final IdentityProvider identity;
  private final Directory directory;

  AccountsPage(IdentityProvider identity, Directory directory) {
    this.identity = identity;
    this.directory = directory;
  }

  @GetMapping("/admin/cuentas")
  String accounts(Model model, HttpServletResponse response) {
    List<Account> accounts = new ArrayList<>();
    Outcome outcome = identity.accounts(MAX, accounts);
    refused(outcome, model, response);
    model.addAttribute("accounts", accounts);
    model.addAttribute("agencyNames", directory.agencyNames());
    return "admin/accounts";
  }

  @GetMapping("/admin/cuentas/nueva")
  String blank(Model model) {
    return form(new AccountForm(), null, model);
  }

  @PostMapping("/admin/cuentas/nueva")
  String create(
      @ModelAttribute("account") AccountForm form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    List<String> created = new ArrayList<>();
    Outcome outcome = identity.create(form, created);
    if (outcome.ok() && !created.isEmpty()) {
      done.addFlashAttribute("recorded", "created");
      done.addAttribute("id", created.get(0));
      return "redirect:/admin/cuentas/{id}";
    }
    refused(outcome, model, response);
    form.setTemporaryPassword(null);
    return form(form, null, model);
  }

  @GetMapping("/admin/cuentas/{id}")
  String account(@PathVariable String id, Model model, HttpServletResponse response) {
    List<Account> found = new ArrayList<>();
    Outcome outcome = identity.account(id, found);
    if (!outcome.ok()) {
      refused(outcome, model, response);
      return form(null, null, model);
    }
    return form(AccountForm.of(found.get(0)), id, model);
  }

  @PostMapping("/admin/cuentas/{id}")
  String update(
      @PathVariable String id,
      @ModelAttribute("account") AccountForm form,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Outcome outcome = identity.update(id, form);
    if (outcome.ok()) {
      done.addFlashAttribute("recorded", "updated");
      done.addAttribute("id", id);
      return "redirect:/admin/cuentas/{id}";
    }
    refused(outcome, model, response);
    return form(form, id, model);
  }

  private String form(AccountForm form, String id, Model model) {
    model.addAttribute("account", form);
    model.addAttribute("accountId", id);
    model.addAttribute("agencies", directory.agencies());
    model.addAttribute("platformRoles", IdentityProvider.PLATFORM_ROLES);
    return "admin/account";
  }

  /** Keycloak's refusal, by status: its own messages are English and not for people. */
  private static void refused(Outcome outcome, Model model, HttpServletResponse response) {
    if (!outcome.ok()) {
      response.setStatus(outcome.status() >= 500 ? 502 : outcome.status());
      model.addAttribute("refusedStatus", outcome.status());
      model.addAttribute(
          "refusedDetail",
          outcome.body() == null ? null : outcome.body().path("errorMessage").asText(null));
    }
  }
}
