package mx.bitacora.query.referrals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.query.testing.AggregateEventLog;

/**
 * Test data: the Quintana Roo prosecutors' office refers a child to DIF Benito Juárez's CAT in
 * Cancún, and the metadata the command side writes on every event.
 */
final class TestReferrals {

  static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  static final AgencyId DIF_BENITO_JUAREZ = new AgencyId("dif-benito-juarez");
  static final AgencyId UNODC = new AgencyId("unodc-mexico");
  static final AgencyId SEGOB = new AgencyId("segob");
  static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  static final LocalDate CONSENT_GIVEN_ON = LocalDate.of(2022, 10, 20);

  /** Stands in for sealed victim details: it must never reach the read model or an answer. */
  static final String SEALED_DETAILS = "Q0lGUkFETy1OVU5DQS1FTi1FTC1NT0RFTE8tREUtTEVDVFVSQQ==";

  private TestReferrals() {}

  static ReferralId newReferral() {
    return new ReferralId(UUID.randomUUID());
  }

  /** A case reference no other test uses, shaped as the issuing agencies write them. */
  static CaseReference newCase() {
    return new CaseReference(
        "QROO-2022-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
  }

  static ReferralIssuedEvent issued(ReferralId id, CaseReference caseReference, Urgency urgency) {
    return issued(id, caseReference, FISCALIA, DIF_BENITO_JUAREZ, urgency);
  }

  static ReferralIssuedEvent issued(
      ReferralId id,
      CaseReference caseReference,
      AgencyId issuer,
      AgencyId receiver,
      Urgency urgency) {
    return new ReferralIssuedEvent(
        id,
        caseReference,
        issuer,
        receiver,
        CAT_CANCUN,
        ServiceRequested.SHELTER,
        urgency,
        new Consent(CONSENT_GIVEN_ON, ConsentScope.REQUESTED_SERVICE_ONLY),
        new EncryptedDetails(caseReference, SEALED_DETAILS),
        null,
        null,
        null,
        null);
  }

  static ReferralEscalatedEvent escalated(
      ReferralId id, CaseReference caseReference, Instant escalatedAt) {
    return new ReferralEscalatedEvent(
        id, caseReference, Urgency.URGENT, Duration.ofHours(24), escalatedAt);
  }

  static Map<String, Object> byFiscaliaStaff(String requestId) {
    return AggregateEventLog.origin("fiscalia-staff-1", FISCALIA, requestId, "AGENCY_STAFF");
  }

  static Map<String, Object> byDifStaff(String requestId) {
    return AggregateEventLog.origin("dif-staff-7", DIF_BENITO_JUAREZ, requestId, "AGENCY_STAFF");
  }

  static Map<String, Object> byUnodcStaff(String requestId) {
    return AggregateEventLog.origin("unodc-staff-3", UNODC, requestId, "AGENCY_STAFF");
  }

  static Map<String, Object> byAdmin(String requestId) {
    return AggregateEventLog.origin("admin-1", SEGOB, requestId, "PLATFORM_ADMIN");
  }

  /** The platform's own facts (escalations) carry no actor. */
  static Map<String, Object> byThePlatform() {
    return Map.of();
  }
}
