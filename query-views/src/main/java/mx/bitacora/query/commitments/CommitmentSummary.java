package mx.bitacora.query.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.commitment.CommitmentKind;

/**
 * One commitment as listed: who committed (for which project), what (by kind: shelter, its
 * operator, item and unit; or the agency whose staff and the audience), the window in which facts
 * count, the figures promised and achieved, and its status today.
 */
public record CommitmentSummary(
    UUID commitmentId,
    CommitmentKind kind,
    CommitmentStatus status,
    List<String> committingAgencies,
    UUID projectId,
    String shelterId,
    String shelterAgency,
    String item,
    String unit,
    String traineeAgency,
    String audience,
    LocalDate countsFrom,
    LocalDate dueOn,
    LocalDate madeOn,
    BigDecimal promised,
    BigDecimal achieved,
    String promisedShown,
    String achievedShown,
    int revisions) {

  /** A small-count-safe copy: referral counts below 5 withheld as "<5". */
  CommitmentSummary withSmallCountsWithheld() {
    if (kind != CommitmentKind.REFERRAL_ANSWERS || !hasSmallCount()) {
      return this;
    }
    boolean smallPromised = small(promised);
    boolean smallAchieved = small(achieved);
    return new CommitmentSummary(
        commitmentId,
        kind,
        status,
        committingAgencies,
        projectId,
        shelterId,
        shelterAgency,
        item,
        unit,
        traineeAgency,
        audience,
        countsFrom,
        dueOn,
        madeOn,
        smallPromised ? null : promised,
        smallAchieved ? null : achieved,
        smallPromised ? BELOW_FIVE : promisedShown,
        smallAchieved ? BELOW_FIVE : achievedShown,
        revisions);
  }

  /** Whether either referral count is below 5 (and so withheld from reviewers). */
  boolean hasSmallCount() {
    return small(promised) || small(achieved);
  }

  static final String BELOW_FIVE = "<5";

  /** From 1 to 4, as the rule of small counts has it (0 identifies no one). */
  private static boolean small(BigDecimal count) {
    return count != null && count.signum() > 0 && count.compareTo(BigDecimal.valueOf(5)) < 0;
  }
}
