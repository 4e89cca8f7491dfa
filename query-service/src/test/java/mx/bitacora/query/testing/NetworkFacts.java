package mx.bitacora.query.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingCompletedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;

/**
 * Events of the founding example's kind (a project, deliveries of hygiene kits to a shelter,
 * training, referrals) with only what a test varies as parameters, and the metadata of a staff
 * member's request.
 */
public final class NetworkFacts {

  public static final LocalDate OCTOBER_21_2022 = LocalDate.of(2022, 10, 21);

  private NetworkFacts() {}

  /** An agency id no other test uses, starting with {@code prefix}. */
  public static AgencyId newAgency(String prefix) {
    return new AgencyId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  public static TrainingSessionId newSession() {
    return new TrainingSessionId(UUID.randomUUID());
  }

  public static AgencyRegisteredEvent registered(
      AgencyId agency, String name, String acronym, AgencyLevel level, String state) {
    AgencyKind kind =
        switch (level) {
          case FEDERAL -> AgencyKind.FEDERAL;
          case STATE -> AgencyKind.STATE;
          case MUNICIPAL -> AgencyKind.MUNICIPAL;
          case INTERNATIONAL -> AgencyKind.INTERNATIONAL;
        };
    return new AgencyRegisteredEvent(agency, name, acronym, kind, level, state);
  }

  public static ProjectOpenedEvent opened(
      ProjectId project,
      AgencyId funder,
      AgencyId implementer,
      AgencyId coordinator,
      List<ShelterId> beneficiaries) {
    return new ProjectOpenedEvent(
        project,
        "Fortalecimiento de albergues, refugios y casas de medio camino",
        funder,
        implementer,
        coordinator,
        beneficiaries,
        LocalDate.of(2022, 1, 1),
        LocalDate.of(2023, 12, 31));
  }

  /** A delivery of 50 hygiene kits outside any project, to a shelter of its own. */
  public static DeliveryPlannedEvent planned(
      DeliveryId delivery, AgencyId funder, AgencyId receiver) {
    return new DeliveryPlannedEvent(
        delivery,
        null,
        funder,
        List.of(funder),
        new ShelterId("albergue-" + delivery.toString().substring(0, 8)),
        receiver,
        OCTOBER_21_2022,
        List.of(new DeliveryItem(1, "Kit de higiene", new BigDecimal("50"), "kit")),
        List.of(new Official("Responsable del albergue", receiver)));
  }

  /** A delivery of {@code kits} hygiene kits (line 1) and 10 blankets (line 2). */
  public static DeliveryPlannedEvent planned(
      DeliveryId delivery,
      ProjectId project,
      AgencyId funder,
      AgencyId deliverer,
      ShelterId shelter,
      AgencyId receiver,
      int kits) {
    return new DeliveryPlannedEvent(
        delivery,
        project,
        funder,
        List.of(deliverer),
        shelter,
        receiver,
        OCTOBER_21_2022,
        List.of(
            new DeliveryItem(1, "Kit de higiene", new BigDecimal(kits), "kit"),
            new DeliveryItem(2, "Cobija", new BigDecimal("10"), "pieza")),
        List.of(new Official("Responsable del albergue", receiver)));
  }

  /** The receipt, with nothing missing. */
  public static DeliveryReceiptAcknowledgedEvent acknowledged(
      DeliveryId delivery, AgencyId receiver) {
    return acknowledged(delivery, receiver, 0, 0);
  }

  /** The receipt, with line 1 short by {@code missingKits} kits (none: no discrepancy). */
  public static DeliveryReceiptAcknowledgedEvent acknowledged(
      DeliveryId delivery, AgencyId receiver, int kits, int missingKits) {
    return new DeliveryReceiptAcknowledgedEvent(
        delivery,
        new Official("Directora del albergue", receiver),
        OCTOBER_21_2022,
        missingKits == 0
            ? List.of()
            : List.of(
                new ItemDiscrepancy(1, new BigDecimal(kits - missingKits), "Llegaron menos")));
  }

  public static ReferralIssuedEvent issued(
      ReferralId referral, AgencyId issuer, AgencyId receiver) {
    return issued(referral, issuer, receiver, Urgency.URGENT);
  }

  public static ReferralIssuedEvent issued(
      ReferralId referral, AgencyId issuer, AgencyId receiver, Urgency urgency) {
    CaseReference caseReference =
        new CaseReference("QROO-2022-" + referral.toString().substring(0, 8).toUpperCase());
    return new ReferralIssuedEvent(
        referral,
        caseReference,
        issuer,
        receiver,
        null,
        ServiceRequested.SHELTER,
        urgency,
        new Consent(OCTOBER_21_2022, ConsentScope.REQUESTED_SERVICE_ONLY),
        new EncryptedDetails(caseReference, "c2VsbGFkbw=="),
        null,
        null,
        null,
        null);
  }

  public static ReferralEscalatedEvent escalated(ReferralIssuedEvent issued, Instant escalatedAt) {
    return new ReferralEscalatedEvent(
        issued.referralId(),
        issued.caseReference(),
        issued.urgency(),
        Duration.ofHours(9),
        escalatedAt);
  }

  public static TrainingSessionScheduledEvent scheduled(
      TrainingSessionId session, ProjectId project, AgencyId trainer) {
    return session(
        session,
        project,
        "Atención especializada a niñas, niños y adolescentes víctimas de trata",
        trainer,
        TrainingAudience.SHELTER_STAFF);
  }

  /** A session outside any project. */
  public static TrainingSessionScheduledEvent scheduled(
      TrainingSessionId session, AgencyId trainer, TrainingAudience audience) {
    return session(session, null, "Atención a víctimas de trata", trainer, audience);
  }

  /** An eight-hour session in Cancún on October 21, 2022, for twenty people. */
  private static TrainingSessionScheduledEvent session(
      TrainingSessionId session,
      ProjectId project,
      String title,
      AgencyId trainer,
      TrainingAudience audience) {
    return new TrainingSessionScheduledEvent(
        session,
        project,
        title,
        trainer,
        audience,
        new BigDecimal("8"),
        OCTOBER_21_2022,
        "Cancún",
        20,
        null);
  }

  public static ParticipantEnrolledEvent enrolled(
      TrainingSessionId session, String staffId, AgencyId agency) {
    return new ParticipantEnrolledEvent(
        session, new StaffId(staffId), agency, "Personal del albergue");
  }

  public static TrainingCompletedEvent completed(TrainingSessionId session, String staffId) {
    return new TrainingCompletedEvent(
        session, new StaffId(staffId), new BigDecimal("8"), "CERT-" + staffId, OCTOBER_21_2022);
  }

  /** The metadata command-service writes for a request of {@code agency}'s staff. */
  public static Map<String, Object> byStaffOf(AgencyId agency) {
    return AggregateEventLog.origin(
        "staff-of-" + agency.value(), agency, "req-" + UUID.randomUUID(), "AGENCY_STAFF");
  }

  /** The metadata of a platform administrator's request, as agency events carry. */
  public static Map<String, Object> byAdmin() {
    return AggregateEventLog.origin(
        "admin-1", new AgencyId("segob"), "req-" + UUID.randomUUID(), "PLATFORM_ADMIN");
  }
}
