package mx.bitacora.web.referrals;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.web.services.FormValues;

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
    body.put("referralId", FormValues.text(referralId));
    body.put("receivingAgency", FormValues.text(receivingAgency));
    body.put("receivingShelter", FormValues.text(receivingShelter));
    body.put("service", FormValues.text(service));
    body.put("urgency", FormValues.text(urgency));
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
