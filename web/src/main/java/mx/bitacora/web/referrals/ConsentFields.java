package mx.bitacora.web.referrals;

import java.util.LinkedHashMap;
import java.util.Map;

/** The victim's consent as a referral's body states it: given on, scope, last day. */
final class ConsentFields {

  private ConsentFields() {}

  static Map<String, Object> body(String givenOn, String scope, String expiresOn) {
    Map<String, Object> consent = new LinkedHashMap<>();
    consent.put("givenOn", Blank.orNull(givenOn));
    consent.put("scope", Blank.orNull(scope));
    consent.put("expiresOn", Blank.orNull(expiresOn));
    return consent;
  }
}
