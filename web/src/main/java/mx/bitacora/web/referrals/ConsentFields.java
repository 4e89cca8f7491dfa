package mx.bitacora.web.referrals;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.web.services.FormValues;

/** The victim's consent as a referral's body states it: given on, scope, last day. */
final class ConsentFields {

  private ConsentFields() {}

  static Map<String, Object> body(String givenOn, String scope, String expiresOn) {
    Map<String, Object> consent = new LinkedHashMap<>();
    consent.put("givenOn", FormValues.text(givenOn));
    consent.put("scope", FormValues.text(scope));
    consent.put("expiresOn", FormValues.text(expiresOn));
    return consent;
  }
}
