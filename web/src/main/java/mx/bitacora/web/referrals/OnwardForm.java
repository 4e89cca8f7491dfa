package mx.bitacora.web.referrals;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the receiver typed to refer the person on to a third agency: the onward referral's id
 * (chosen when the form is shown), its receiver, service, urgency, the consent the victim gave for
 * it, and whether the victim details go with it.
 */
record OnwardForm(
    String formKey,
    String referralId,
    String receivingAgency,
    String receivingShelter,
    String service,
    String urgency,
    String consentGivenOn,
    String consentScope,
    String consentExpiresOn,
    String carryVictimDetails) {

  /** The body of {@code POST /referrals/{id}/onward}. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("referralId", Blank.orNull(referralId));
    body.put("receivingAgency", Blank.orNull(receivingAgency));
    body.put("receivingShelter", Blank.orNull(receivingShelter));
    body.put("service", Blank.orNull(service));
    body.put("urgency", Blank.orNull(urgency));
    body.put("consent", ConsentFields.body(consentGivenOn, consentScope, consentExpiresOn));
    body.put("carryVictimDetails", "true".equals(carryVictimDetails));
    return body;
  }

  OnwardForm withKey(String key) {
    return new OnwardForm(
        key,
        referralId,
        receivingAgency,
        receivingShelter,
        service,
        urgency,
        consentGivenOn,
        consentScope,
        consentExpiresOn,
        carryVictimDetails);
  }
}
