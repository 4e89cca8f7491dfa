package mx.bitacora.web.referrals;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.web.services.FormValues;

/**
 * What the person typed to issue a referral, as the form sends it: the referral's id (chosen when
 * the form is shown), the case reference, the receiver, service, urgency, the victim's consent,
 * when the referral was made if the person states it, and the victim details, which are sealed by
 * command-service and never kept here.
 */
record ReferralForm(
    String formKey,
    String referralId,
    String caseReference,
    String receivingAgency,
    String receivingShelter,
    String service,
    String urgency,
    String consentGivenOn,
    String consentScope,
    String consentExpiresOn,
    String victimNotes,
    String victimAge,
    String victimSex,
    String victimNationality,
    String issuedAt) {

  /** The body of {@code POST /referrals}. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("referralId", FormValues.text(referralId));
    body.put("caseReference", FormValues.text(caseReference));
    body.put("receivingAgency", FormValues.text(receivingAgency));
    body.put("receivingShelter", FormValues.text(receivingShelter));
    body.put("service", FormValues.text(service));
    body.put("urgency", FormValues.text(urgency));
    body.put("consent", ConsentFields.body(consentGivenOn, consentScope, consentExpiresOn));
    body.put("issuedAt", NetworkTime.instant(issuedAt));
    Map<String, Object> details = new LinkedHashMap<>();
    putGiven(details, "notes", victimNotes);
    putGiven(details, "age", victimAge);
    putGiven(details, "sex", victimSex);
    putGiven(details, "nationality", victimNationality);
    body.put("victimDetails", details.isEmpty() ? null : details);
    return body;
  }

  /** The same form, as typed, with a new idempotency key: shown again after a refusal. */
  ReferralForm withKey(String key) {
    return new ReferralForm(
        key,
        referralId,
        caseReference,
        receivingAgency,
        receivingShelter,
        service,
        urgency,
        consentGivenOn,
        consentScope,
        consentExpiresOn,
        victimNotes,
        victimAge,
        victimSex,
        victimNationality,
        issuedAt);
  }

  private static void putGiven(Map<String, Object> details, String name, String value) {
    String given = FormValues.text(value);
    if (given != null) {
      details.put(name, given);
    }
  }

  /** Never prints the victim details, so they cannot reach a log by accident. */
  @Override
  public String toString() {
    return "ReferralForm[redacted]";
  }
}
