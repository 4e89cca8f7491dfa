package mx.bitacora.command.referral;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.command.occupancy.ShelterOccupancy;
import mx.bitacora.command.occupancy.ShelterPlaces;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;

/** A state prosecutor refers a child victim to DIF Benito Juárez's CAT for shelter. */
final class ReferralTestData {

  static final ReferralId REFERRAL =
      new ReferralId(UUID.fromString("7a0c1f3e-5b1d-4c8e-9000-000000000001"));
  static final CaseReference CASE = new CaseReference("QROO-2022-0147");
  static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  static final AgencyId UNODC = new AgencyId("unodc-mexico");
  static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  static final Consent CONSENT =
      new Consent(LocalDate.of(2022, 10, 20), ConsentScope.REQUESTED_SERVICE_ONLY);
  static final EncryptedDetails SEALED = new EncryptedDetails(CASE, "AQIDBAUGBwgJCgsMDQ4PEA==");
  static final String DIGEST = "c2VhbGVkLWRldGFpbHMtZGlnZXN0LWZvci10ZXN0cw==";

  private ReferralTestData() {}

  static IssueReferralCommand issue(AgencyId actingAgency, AgencyId receivingAgency) {
    return new IssueReferralCommand(
        REFERRAL,
        actingAgency,
        CASE,
        receivingAgency,
        CAT_CANCUN,
        ServiceRequested.SHELTER,
        Urgency.EMERGENCY,
        CONSENT,
        SEALED,
        DIGEST,
        null,
        null,
        null);
  }

  static final Duration EMERGENCY_LIMIT = Duration.ofHours(12);

  static final ReferralAnswerLimits LIMITS =
      new ReferralAnswerLimits(
          Map.of(
              Urgency.EMERGENCY,
              EMERGENCY_LIMIT,
              Urgency.URGENT,
              Duration.ofHours(24),
              Urgency.ROUTINE,
              Duration.ofHours(72)));

  static IssueReferralCommand issue() {
    return issue(FISCALIA, DIF);
  }

  static ReferralIssuedEvent issued() {
    return new ReferralIssuedEvent(
        REFERRAL,
        CASE,
        FISCALIA,
        DIF,
        CAT_CANCUN,
        ServiceRequested.SHELTER,
        Urgency.EMERGENCY,
        CONSENT,
        SEALED,
        null,
        null,
        null,
        false);
  }

  /** CAT Cancún: operated by the DIF, open, 3 of its 10 places taken. */
  static final ShelterPlaces CAT_PLACES = new ShelterPlaces(CAT_CANCUN, DIF, 10, 3, false);

  /** The occupancy lookup as the referral rules see it: the CAT, and no other shelter. */
  static final ShelterOccupancy SHELTERS = occupancyOf(CAT_PLACES);

  /** A lookup that knows these shelters only. */
  static ShelterOccupancy occupancyOf(ShelterPlaces... shelters) {
    return shelterId ->
        java.util.Arrays.stream(shelters)
            .filter(shelter -> shelter.shelterId().equals(shelterId))
            .findFirst();
  }

  static ReferralAcceptedEvent accepted() {
    return new ReferralAcceptedEvent(REFERRAL);
  }
}
