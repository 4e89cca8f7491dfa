package mx.bitacora.query.commitments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One commitment with the facts that count toward it, each named by its position in the event log
 * so that anyone can check the figures, and its revisions and withdrawal with their reasons.
 */
public record CommitmentDetail(
    CommitmentSummary commitment, Long madePosition, List<Fact> facts, List<Change> changes) {

  /**
   * A fact about the promise: a delivery's standing receipt ({@code DELIVERY_RECEIVED}, amount the
   * quantity of the item received), a participant's completion ({@code TRAINING_COMPLETED}), a
   * referral answered within its limit ({@code REFERRAL_ANSWERED_IN_TIME}) or not ({@code
   * REFERRAL_ANSWER_LIMIT_PASSED}, {@code REFERRAL_AWAITING_ANSWER}); {@code counts} says whether
   * it adds to what was achieved. {@code reference} is the delivery, session or referral.
   */
  public record Fact(
      Long position,
      String fact,
      LocalDate on,
      BigDecimal amount,
      boolean counts,
      String reference,
      String staffId) {}

  /** A revision or the withdrawal, with its reason, when, by which agency, where in the log. */
  public record Change(
      long sequenceNumber,
      String kind,
      String reason,
      Instant recordedAt,
      String actorAgency,
      Long position) {}
}
