package mx.bitacora.query.reviews;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingAcceptedEvent;
import mx.bitacora.events.review.FindingAnsweredEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.events.review.FindingSeverity;
import mx.bitacora.events.review.ReviewConcludedEvent;
import mx.bitacora.events.review.ReviewCriterion;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewScope;
import mx.bitacora.query.testing.AggregateEventLog;

/**
 * Test data for the reviews view: a review over some agencies with two criteria, findings with
 * evidence, answers, reopenings, escalations. The texts a finding and its answer carry are canaries
 * that must appear in no inbox notice and no audit-trail row.
 */
public final class TestReviews {

  public static final ZoneId NETWORK = ZoneId.of("America/Mexico_City");
  public static final LocalDate TODAY = LocalDate.now(NETWORK);
  public static final AgencyId SEGOB = new AgencyId("segob");

  /** Canaries: what a finding states and recommends, an answer's response and corrective action. */
  public static final String STATEMENT = "CANARIO-HALLAZGO entregas sin acuse";

  public static final String RECOMMENDATION = "CANARIO-RECOMENDACION acusar cada entrega";
  public static final String RESPONSE = "CANARIO-RESPUESTA se acusarán";
  public static final String ACTION = "CANARIO-ACCION capacitar al personal";
  public static final String REASON = "CANARIO-MOTIVO falta el acuse de octubre";

  private TestReviews() {}

  public static ReviewId newReview() {
    return new ReviewId(UUID.randomUUID());
  }

  public static FindingId newFinding() {
    return new FindingId(UUID.randomUUID());
  }

  public static ReviewOpenedEvent opened(ReviewId review, AgencyId... agencies) {
    return new ReviewOpenedEvent(
        review,
        "Revisión de entregas 2022",
        new ReviewScope(
            List.of(agencies), null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
        List.of(
            new ReviewCriterion("ENTREGAS", "Entregas acusadas"),
            new ReviewCriterion("CAPACITACION", "Personal capacitado")),
        TODAY.minusDays(10));
  }

  public static FindingRecordedEvent recorded(
      ReviewId review, FindingId finding, AgencyId agency, LocalDate dueOn) {
    return new FindingRecordedEvent(
        review,
        finding,
        "ENTREGAS",
        FindingSeverity.HIGH,
        agency,
        STATEMENT,
        RECOMMENDATION,
        new Evidence(List.of(new CommitmentId(UUID.randomUUID())), List.of(3L, 5L)),
        TODAY.minusDays(9),
        dueOn);
  }

  public static FindingAnsweredEvent answered(ReviewId review, FindingId finding, AgencyId agency) {
    return new FindingAnsweredEvent(
        review, finding, agency, RESPONSE, ACTION, TODAY.plusDays(30), TODAY.minusDays(2));
  }

  public static FindingReopenedEvent reopened(
      ReviewId review, FindingId finding, AgencyId agency, LocalDate dueOn) {
    return new FindingReopenedEvent(review, finding, agency, REASON, dueOn, TODAY.minusDays(1));
  }

  public static FindingAcceptedEvent accepted(ReviewId review, FindingId finding, AgencyId agency) {
    return new FindingAcceptedEvent(review, finding, agency, TODAY);
  }

  public static FindingEscalatedEvent escalated(
      ReviewId review, FindingId finding, AgencyId agency, LocalDate dueOn) {
    return new FindingEscalatedEvent(
        review, finding, agency, dueOn, dueOn.plusDays(1).atStartOfDay(NETWORK).toInstant());
  }

  public static ReviewConcludedEvent concluded(ReviewId review) {
    return new ReviewConcludedEvent(review, "Se cumplió en lo general", TODAY);
  }

  /** The metadata of a compliance reviewer's request. */
  public static Map<String, Object> byReviewer() {
    return AggregateEventLog.origin(
        "reviewer-1", SEGOB, "req-" + UUID.randomUUID(), "COMPLIANCE_REVIEWER");
  }

  /** The metadata of what the platform records itself (an escalation). */
  public static Map<String, Object> byThePlatform() {
    return Map.of();
  }
}
