package mx.bitacora.web.referrals;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormValues;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One referral ({@code /canalizaciones/{id}}) and what its parties record about it on
 * command-service: the receiver accepts or declines it, adds case notes, closes it; the issuer
 * withdraws it. Each form is Post/Redirect/Get; a refusal shows the page again with the service's
 * problem next to that form's fields and what was typed.
 */
@Controller
class ReferralPage {

  private final ServiceCalls services;
  private final ReferralShown shown;

  ReferralPage(ServiceCalls services, ReferralShown shown) {
    this.services = services;
    this.shown = shown;
  }

  @GetMapping("/canalizaciones/{id}")
  String referral(
      @PathVariable UUID id,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      HttpServletResponse response) {
    Answer answer = shown.into(model, id, SignedIn.of(user));
    if (!answer.ok()) {
      response.setStatus(answer.status());
    }
    return "referrals/referral";
  }

  @PostMapping("/canalizaciones/{id}/aceptar")
  String accept(
      @PathVariable UUID id,
      @RequestParam(required = false) String formKey,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    return act(
        new Action(id, "accept", "/accept", Map.of(), formKey, Map.of()),
        user,
        model,
        next,
        response);
  }

  @PostMapping("/canalizaciones/{id}/rechazar")
  String decline(
      @PathVariable UUID id,
      @RequestParam(required = false) String formKey,
      @RequestParam(required = false) String reason,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", FormValues.text(reason));
    return act(
        new Action(id, "decline", "/decline", body, formKey, typed("reason", reason)),
        user,
        model,
        next,
        response);
  }

  @PostMapping("/canalizaciones/{id}/retirar")
  String withdraw(
      @PathVariable UUID id,
      @RequestParam(required = false) String formKey,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    return act(
        new Action(id, "withdraw", "/withdraw", Map.of(), formKey, Map.of()),
        user,
        model,
        next,
        response);
  }

  @PostMapping("/canalizaciones/{id}/cerrar")
  String close(
      @PathVariable UUID id,
      @RequestParam(required = false) String formKey,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String reason,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("outcome", FormValues.text(outcome));
    body.put("reason", FormValues.text(reason));
    Map<String, String> typed = typed("outcome", outcome);
    typed.putAll(typed("reason", reason));
    return act(
        new Action(id, "close", "/close", body, formKey, typed), user, model, next, response);
  }

  @PostMapping("/canalizaciones/{id}/notas")
  String addNote(
      @PathVariable UUID id,
      @RequestParam(required = false) String formKey,
      @RequestParam(required = false) String noteId,
      @RequestParam(required = false) String careGiven,
      @RequestParam(required = false) String nextSteps,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("careGiven", FormValues.text(careGiven));
    note.put("nextSteps", FormValues.text(nextSteps));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("noteId", FormValues.text(noteId));
    body.put("note", note);
    Map<String, String> typed = typed("careGiven", careGiven);
    typed.putAll(typed("nextSteps", nextSteps));
    return act(
        new Action(id, "note", "/case-notes", body, formKey, typed), user, model, next, response);
  }

  @PostMapping("/canalizaciones/{id}/consentimiento-retirado")
  String withdrawConsent(
      @PathVariable UUID id,
      @RequestParam(required = false) String formKey,
      @RequestParam(required = false) String withdrawnOn,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("withdrawnOn", FormValues.text(withdrawnOn));
    return act(
        new Action(
            id,
            "consentWithdrawn",
            "/consent/withdrawal",
            body,
            formKey,
            typed("withdrawnOn", withdrawnOn)),
        user,
        model,
        next,
        response);
  }

  /** Voids an answer or a withdrawal, named by its number in the history, with a reason. */
  @PostMapping("/canalizaciones/{id}/anular-paso")
  String voidStep(
      @PathVariable UUID id,
      @RequestParam(required = false) String formKey,
      @RequestParam(required = false) String originalSequenceNumber,
      @RequestParam(required = false) String reason,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("originalSequenceNumber", FormValues.number(originalSequenceNumber));
    body.put("reason", FormValues.text(reason));
    Map<String, String> typed = typed("reason", reason);
    typed.putAll(typed("originalSequenceNumber", originalSequenceNumber));
    return act(
        new Action(id, "voidStep", "/voided-facts", body, formKey, typed),
        user,
        model,
        next,
        response);
  }

  /** One of the referral's forms: which, where it is sent, its body, key and what was typed. */
  private record Action(
      UUID id,
      String name,
      String path,
      Map<String, Object> body,
      String formKey,
      Map<String, String> typed) {}

  private String act(
      Action action,
      OidcUser user,
      Model model,
      RedirectAttributes next,
      HttpServletResponse response) {
    Answer answer =
        services.command(
            "/referrals/" + action.id() + action.path(), action.body(), action.formKey());
    if (answer.ok()) {
      next.addFlashAttribute("notice", "referrals.done." + action.name());
      return "redirect:/canalizaciones/" + action.id();
    }
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    model.addAttribute("problem", answer.problem());
    model.addAttribute("failed", action.name());
    model.addAttribute("typed", action.typed());
    shown.into(model, action.id(), SignedIn.of(user));
    return "referrals/referral";
  }

  private static Map<String, String> typed(String field, String value) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put(field, value == null ? "" : value);
    return typed;
  }
}
