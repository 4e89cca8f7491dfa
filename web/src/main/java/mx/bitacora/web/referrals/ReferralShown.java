package mx.bitacora.web.referrals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * One referral's page as query-service answers it to this person ({@code GET /referrals/{id}}): its
 * facts and history, which side of it their agency is on (to offer only that side's forms), and a
 * fresh idempotency key for each form. What the service refuses, such as {@code REFERRAL_NOT_FOUND}
 * for an agency not party to it, is the page's problem.
 */
@Component
class ReferralShown {

  private final ServiceCalls services;
  private final Directory directory;

  ReferralShown(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  /** Puts the referral on the model and answers what the service answered. */
  Answer into(Model model, UUID id, SignedIn person) {
    model.addAttribute("id", id);
    Answer answer = services.query("/referrals/" + id);
    if (answer.ok()) {
      JsonNode referral = answer.body();
      model.addAttribute("referral", referral);
      model.addAttribute(
          "receiver", person.agency().equals(referral.path("receivingAgency").asText()));
      model.addAttribute("issuer", person.agency().equals(referral.path("issuingAgency").asText()));
      model.addAttribute("agencyNames", directory.agencyNames());
      if (referral.hasNonNull("receivingShelter")) {
        Map<String, String> shelterNames = new HashMap<>();
        directory.shelters().forEach(shelter -> shelterNames.put(shelter.id(), shelter.name()));
        model.addAttribute("shelterNames", shelterNames);
      }
    } else if (!model.containsAttribute("problem")) {
      model.addAttribute("problem", answer.problem());
    }
    for (String form :
        new String[] {
          "accept", "decline", "withdraw", "close", "note", "consentWithdrawn", "voidStep"
        }) {
      model.addAttribute(form + "Key", FormKey.fresh());
    }
    model.addAttribute("noteId", UUID.randomUUID());
    return answer;
  }
}
