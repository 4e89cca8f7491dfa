package mx.bitacora.query.audittrail;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralStepKind;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;

/**
 * Test data: the October 2022 Cancún scenario across every aggregate — INL registered, DIF's CAT,
 * the project, a delivery with its receipt corrected, a training with a completion voided, and a
 * referral escalated, declined and its decline voided, then its case erased — appended in that
 * order, each event's id kept by name.
 */
final class TestAuditTrail {

  static final AgencyId SEGOB = new AgencyId("segob");
  static final AgencyId INL = new AgencyId("inl");
  static final AgencyId UNODC = new AgencyId("unodc-mexico");
  static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  static final LocalDate DELIVERED_ON = LocalDate.of(2022, 10, 21);

  /** Stand for sealed victim details and a sealed shelter location: never in the trail. */
  static final String SEALED_DETAILS = "U0VMTEFETy1WSUNUSU1BLU5VTkNBLUVOLUVMLUxPRw==";

  static final String SEALED_LOCATION = "U0VMTEFETy1VQklDQUNJT04tREVMLVJFRlVHSU8=";

  private TestAuditTrail() {}

  static Map<String, Object> byStaff(AgencyId agency, String requestId) {
    return AuditTrailEventLog.by(agency.value() + "-staff-1", agency, requestId, "AGENCY_STAFF");
  }

  static CaseReference newCase() {
    return new CaseReference(
        "QROO-2022-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
  }

  /** The scenario's events as appended: each with its event id, in log order. */
  record Scenario(
      DeliveryId delivery,
      ReferralId referral,
      CaseReference caseReference,
      Instant escalatedAt,
      Map<String, String> ids,
      List<String> inOrder) {

    String id(String name) {
      return ids.get(name);
    }
  }

  /** Appends the whole scenario; events are named by what they record. */
  static Scenario appendScenario(AuditTrailEventLog log) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    ShelterId shelter = new ShelterId("cat-cancun-" + run);
    ProjectId project = new ProjectId(UUID.randomUUID());
    DeliveryId delivery = new DeliveryId(UUID.randomUUID());
    TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
    StaffId trainee = new StaffId("fiscalia-mp-" + run);
    ReferralId referral = new ReferralId(UUID.randomUUID());
    CaseReference caseReference = newCase();
    Instant escalatedAt = Instant.parse("2022-10-22T15:00:00Z");
    Map<String, String> ids = new java.util.LinkedHashMap<>();
    List<String> inOrder = new ArrayList<>();
    Appender append =
        (name, event, metaData) -> {
          String id = log.append(event, metaData);
          ids.put(name, id);
          inOrder.add(id);
          return id;
        };

    append.add(
        "agencyRegistered",
        new AgencyRegisteredEvent(
            new AgencyId("inl-" + run),
            "INL",
            "INL",
            AgencyKind.INTERNATIONAL,
            AgencyLevel.INTERNATIONAL,
            null),
        AuditTrailEventLog.by("admin-1", SEGOB, "req-agency-" + run, "PLATFORM_ADMIN"));
    append.add(
        "shelterRegistered",
        new ShelterRegisteredEvent(
            shelter,
            "CAT Cancún",
            ShelterKind.CAT,
            DIF,
            "Benito Juárez",
            "Quintana Roo",
            24,
            true,
            new EncryptedLocation(SEALED_LOCATION)),
        byStaff(DIF, "req-shelter-" + run));
    append.add(
        "projectOpened",
        new ProjectOpenedEvent(
            project,
            "Fortalecimiento de albergues",
            INL,
            UNODC,
            SEGOB,
            List.of(shelter),
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 12, 31)),
        byStaff(UNODC, "req-project-" + run));
    append.add(
        "deliveryPlanned",
        new DeliveryPlannedEvent(
            delivery,
            project,
            INL,
            List.of(UNODC, SEGOB),
            shelter,
            DIF,
            DELIVERED_ON,
            List.of(new DeliveryItem(1, "Colchones individuales", BigDecimal.valueOf(20), "pieza")),
            List.of(new Official("Directora de Desarrollo de Programas", SEGOB))),
        byStaff(UNODC, "req-plan-" + run));
    append.add(
        "deliveryDispatched",
        new DeliveryDispatchedEvent(delivery, DELIVERED_ON),
        byStaff(UNODC, "req-dispatch-" + run));
    String receipt =
        append.add(
            "receiptAcknowledged",
            new DeliveryReceiptAcknowledgedEvent(
                delivery,
                new Official("Responsable del CAT", DIF),
                DELIVERED_ON,
                List.of(new ItemDiscrepancy(1, BigDecimal.valueOf(18), "2 dañados"))),
            byStaff(DIF, "req-receipt-" + run));
    append.add(
        "receiptCorrected",
        new DeliveryFactCorrectedEvent(
            delivery,
            new CorrectedFact(receipt, 2),
            DeliveryFactKind.RECEIPT,
            "fecha equivocada",
            DELIVERED_ON.plusDays(1),
            null,
            List.of()),
        byStaff(DIF, "req-correct-" + run));
    append.add(
        "sessionScheduled",
        new TrainingSessionScheduledEvent(
            session,
            project,
            "Atención especializada a niñas, niños y adolescentes",
            UNODC,
            TrainingAudience.PROSECUTORS,
            BigDecimal.valueOf(8),
            LocalDate.of(2022, 10, 25),
            "Cancún",
            30,
            null),
        byStaff(UNODC, "req-session-" + run));
    append.add(
        "participantEnrolled",
        new ParticipantEnrolledEvent(session, trainee, FISCALIA, "Ministerio Público"),
        byStaff(FISCALIA, "req-enrol-" + run));
    String completion =
        append.add(
            "trainingCompleted",
            new TrainingCompletedEvent(
                session, trainee, BigDecimal.valueOf(8), "CERT-" + run, LocalDate.of(2022, 10, 26)),
            byStaff(UNODC, "req-complete-" + run));
    append.add(
        "completionVoided",
        new TrainingFactVoidedEvent(
            session,
            new CorrectedFact(completion, 2),
            TrainingFactKind.COMPLETION,
            "registrada por error",
            trainee),
        byStaff(UNODC, "req-void-completion-" + run));
    append.add(
        "referralIssued",
        new ReferralIssuedEvent(
            referral,
            caseReference,
            FISCALIA,
            DIF,
            shelter,
            ServiceRequested.SHELTER,
            Urgency.URGENT,
            new Consent(LocalDate.of(2022, 10, 20), ConsentScope.REQUESTED_SERVICE_ONLY),
            new EncryptedDetails(caseReference, SEALED_DETAILS),
            null,
            null,
            null,
            null),
        byStaff(FISCALIA, "req-issue-" + run));
    append.add(
        "referralEscalated",
        new ReferralEscalatedEvent(
            referral, caseReference, Urgency.URGENT, Duration.ofHours(24), escalatedAt),
        Map.of());
    String decline =
        append.add(
            "referralDeclined",
            new ReferralDeclinedEvent(referral, DeclineReason.NO_CAPACITY),
            byStaff(DIF, "req-decline-" + run));
    append.add(
        "declineVoided",
        new ReferralStepVoidedEvent(
            referral, new CorrectedFact(decline, 2), ReferralStepKind.DECLINE, "sí hay cupo"),
        byStaff(DIF, "req-void-decline-" + run));
    append.add(
        "caseErased",
        new CaseErasedEvent(caseReference, FISCALIA),
        AuditTrailEventLog.by("admin-1", SEGOB, "req-erase-" + run, "PLATFORM_ADMIN"));
    return new Scenario(delivery, referral, caseReference, escalatedAt, ids, inOrder);
  }

  /** Appends one named event and returns its id. */
  @FunctionalInterface
  private interface Appender {
    String add(String name, Object event, Map<String, Object> metaData);
  }
}
