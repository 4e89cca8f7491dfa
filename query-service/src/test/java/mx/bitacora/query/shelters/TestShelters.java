package mx.bitacora.query.shelters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.testing.AggregateEventLog;

/**
 * Test data for the shelter view: a CAT run by a DIF, deliveries of materials to it, training of
 * its staff and referrals to it. The sealed location is a canary that must appear nowhere.
 */
final class TestShelters {

  /** The ciphertext a registration carries; the read side must never copy it. */
  static final String SEALED_LOCATION = "U0VMTEFETy1VQklDQUNJT04tU0VDUkVUQS1ERUwtUkVGVUdJTw==";

  static final AgencyId INL = new AgencyId("inl");
  static final AgencyId UNODC = new AgencyId("unodc-mexico");
  static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");

  private TestShelters() {}

  /** An agency id no other test uses, starting with {@code prefix}. */
  static AgencyId newAgency(String prefix) {
    return new AgencyId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** A shelter id no other test uses, starting with {@code prefix}. */
  static ShelterId newShelter(String prefix) {
    return new ShelterId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** A CAT for minors in Benito Juárez, Quintana Roo, with a sealed location. */
  static ShelterRegisteredEvent registered(ShelterId shelter, AgencyId operator, int capacity) {
    return new ShelterRegisteredEvent(
        shelter,
        "CAT Cancún",
        ShelterKind.CAT,
        operator,
        "Benito Juárez",
        "Quintana Roo",
        capacity,
        true,
        new EncryptedLocation(SEALED_LOCATION));
  }

  static DeliveryId newDelivery() {
    return new DeliveryId(UUID.randomUUID());
  }

  static DeliveryItem item(int line, String description, String quantity, String unit) {
    return new DeliveryItem(line, description, new BigDecimal(quantity), unit);
  }

  /** INL funds, UNODC delivers to {@code shelter}, operated by {@code operator}. */
  static DeliveryPlannedEvent planned(
      DeliveryId delivery,
      ShelterId shelter,
      AgencyId operator,
      LocalDate occurredOn,
      DeliveryItem... items) {
    return new DeliveryPlannedEvent(
        delivery,
        null,
        INL,
        List.of(UNODC),
        shelter,
        operator,
        occurredOn,
        List.of(items),
        List.of(new Official("Directora del CAT", operator)));
  }

  static DeliveryReceiptAcknowledgedEvent acknowledged(
      DeliveryId delivery,
      AgencyId operator,
      LocalDate receivedOn,
      ItemDiscrepancy... discrepancies) {
    return new DeliveryReceiptAcknowledgedEvent(
        delivery, new Official("Directora del CAT", operator), receivedOn, List.of(discrepancies));
  }

  static TrainingSessionId newSession() {
    return new TrainingSessionId(UUID.randomUUID());
  }

  static TrainingSessionScheduledEvent scheduled(TrainingSessionId session) {
    return new TrainingSessionScheduledEvent(
        session,
        null,
        "Atención especializada a niñas, niños y adolescentes víctimas de trata",
        UNODC,
        TrainingAudience.SHELTER_STAFF,
        new BigDecimal("8"),
        LocalDate.of(2022, 10, 20),
        "Cancún",
        20,
        null);
  }

  static ParticipantEnrolledEvent enrolled(
      TrainingSessionId session, String staffId, AgencyId agency) {
    return new ParticipantEnrolledEvent(session, new StaffId(staffId), agency, "Psicóloga del CAT");
  }

  static TrainingCompletedEvent completed(TrainingSessionId session, String staffId) {
    return new TrainingCompletedEvent(
        session,
        new StaffId(staffId),
        new BigDecimal("8"),
        "CERT-" + staffId,
        LocalDate.of(2022, 10, 20));
  }

  /** The fiscalía refers a case to {@code shelter}, operated by {@code operator}. */
  static ReferralIssuedEvent issued(ReferralId referral, ShelterId shelter, AgencyId operator) {
    CaseReference caseReference =
        new CaseReference("QROO-2022-" + referral.toString().substring(0, 8).toUpperCase());
    return new ReferralIssuedEvent(
        referral,
        caseReference,
        FISCALIA,
        operator,
        shelter,
        ServiceRequested.SHELTER,
        Urgency.URGENT,
        new Consent(LocalDate.of(2022, 10, 20), ConsentScope.REQUESTED_SERVICE_ONLY),
        new EncryptedDetails(caseReference, "c2VsbGFkbw=="),
        null,
        null,
        null,
        null);
  }

  static ReferralId newReferral() {
    return new ReferralId(UUID.randomUUID());
  }

  /** The metadata command-service writes for a request of {@code agency}'s staff. */
  static Map<String, Object> byStaffOf(AgencyId agency) {
    return AggregateEventLog.origin(
        "staff-of-" + agency.value(), agency, "req-" + UUID.randomUUID(), "AGENCY_STAFF");
  }
}
