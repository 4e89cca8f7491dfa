package mx.bitacora.web.referrals;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A referral's sealed victim details or case notes, read for the purpose the person states ({@code
 * GET /referrals/{id}/victim-details} and {@code /case-notes} of command-service, which records
 * each read in the access log and decides whether it may be made). What it opens is shown on this
 * response only: never cached ({@code Cache-Control: no-store}), never kept in the session, never
 * logged; reading again is a new, recorded read.
 */
@Controller
class SealedReadPages {

  private final ServiceCalls services;
  private final ReferralShown shown;

  SealedReadPages(ServiceCalls services, ReferralShown shown) {
    this.services = services;
    this.shown = shown;
  }

  @GetMapping("/canalizaciones/{id}/datos-de-la-victima")
  String victimDetails(
      @PathVariable UUID id,
      @RequestParam(name = "proposito", required = false) String purpose,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      HttpServletResponse response) {
    return read(id, "/victim-details", "details", purpose, user, model, response);
  }

  @GetMapping("/canalizaciones/{id}/notas")
  String caseNotes(
      @PathVariable UUID id,
      @RequestParam(name = "proposito", required = false) String purpose,
      @AuthenticationPrincipal OidcUser user,
      Model model,
      HttpServletResponse response) {
    return read(id, "/case-notes", "notes", purpose, user, model, response);
  }

  private String read(
      UUID id,
      String part,
      String shownAs,
      String purpose,
      OidcUser user,
      Model model,
      HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/referrals/" + id + part);
    if (purpose != null && !purpose.isBlank()) {
      uri.queryParam("purpose", purpose);
    }
    Answer opened = services.sealedRead(uri);
    model.addAttribute("readFor", shownAs);
    model.addAttribute("purpose", purpose);
    if (opened.ok()) {
      model.addAttribute(shownAs, opened.body());
    } else {
      model.addAttribute("problem", opened.problem());
      response.setStatus(opened.status());
    }
    shown.into(model, id, SignedIn.of(user));
    return "referrals/referral";
  }
}
