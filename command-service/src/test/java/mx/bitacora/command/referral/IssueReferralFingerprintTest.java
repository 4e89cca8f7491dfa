package mx.bitacora.command.referral;

import static mx.bitacora.command.referral.ReferralTestData.CASE;
import static mx.bitacora.command.referral.ReferralTestData.CAT_CANCUN;
import static mx.bitacora.command.referral.ReferralTestData.CONSENT;
import static mx.bitacora.command.referral.ReferralTestData.DIF;
import static mx.bitacora.command.referral.ReferralTestData.DIGEST;
import static mx.bitacora.command.referral.ReferralTestData.FISCALIA;
import static mx.bitacora.command.referral.ReferralTestData.REFERRAL;
import static mx.bitacora.command.referral.ReferralTestData.SEALED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint view's JSON is what the digests stored in events' metadata were taken of: it must
 * not change, or a retried referral would no longer be recognised.
 */
class IssueReferralFingerprintTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  @Test
  void theViewStandsForTheDetailsByWhetherTheyWereGivenAndTheirDigest() throws Exception {
    assertThat(viewOf(CAT_CANCUN, ServiceRequested.SHELTER, Urgency.URGENT, SEALED, DIGEST))
        .isEqualTo(
            "{\"referralId\":\"7a0c1f3e-5b1d-4c8e-9000-000000000001\",\"actingAgency\":\"fiscalia-quintana-roo\",\"caseReference\":\"QROO-2022-0147\",\"receivingAgency\":\"dif-benito-juarez\",\"receivingShelter\":\"cat-cancun\",\"service\":\"SHELTER\",\"urgency\":\"URGENT\",\"consent\":{\"givenOn\":\"2022-10-20\",\"scope\":\"REQUESTED_SERVICE_ONLY\"},\"hasDetails\":true,\"detailsDigest\":\"c2VhbGVkLWRldGFpbHMtZGlnZXN0LWZvci10ZXN0cw==\"}");
  }

  @Test
  void theViewOfAReferralWithoutDetailsOmitsWhatIsNull() throws Exception {
    assertThat(viewOf(null, ServiceRequested.PSYCHOLOGICAL, Urgency.ROUTINE, null, null))
        .isEqualTo(
            "{\"referralId\":\"7a0c1f3e-5b1d-4c8e-9000-000000000001\",\"actingAgency\":\"fiscalia-quintana-roo\",\"caseReference\":\"QROO-2022-0147\",\"receivingAgency\":\"dif-benito-juarez\",\"service\":\"PSYCHOLOGICAL\",\"urgency\":\"ROUTINE\",\"consent\":{\"givenOn\":\"2022-10-20\",\"scope\":\"REQUESTED_SERVICE_ONLY\"},\"hasDetails\":false}");
  }

  private static String viewOf(
      ShelterId shelter,
      ServiceRequested service,
      Urgency urgency,
      EncryptedDetails details,
      String digest)
      throws Exception {
    return JSON.writeValueAsString(
        new IssueReferralCommand(
                REFERRAL, FISCALIA, CASE, DIF, shelter, service, urgency, CONSENT, details, digest,
                null, null, null)
            .fingerprintView());
  }
}
