package mx.bitacora.query.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.review.FindingSeverity;

/**
 * One review with its criteria and the findings the caller may see, each named by the positions in
 * the event log of the events that made it what it is, so that anyone can check it.
 */
public record ReviewDetail(
    ReviewSummary review,
    Long openedPosition,
    Long concludedPosition,
    List<Criterion> criteria,
    List<Finding> findings) {

  /** One thing the review checks, under the code its findings name. */
  public record Criterion(String code, String description) {}

  /**
   * A finding: the criterion, severity and agency concerned; what it states and recommends; its
   * evidence (commitments, event positions); its status today and the date its answer is due; the
   * latest answer (response, corrective action and its due date, when); when it was accepted; how
   * often it was reopened and the latest reason; when it was last escalated; and the positions of
   * the events that set each part.
   */
  public record Finding(
      UUID findingId,
      String criterion,
      FindingSeverity severity,
      String concernedAgency,
      String statement,
      String recommendation,
      List<UUID> evidenceCommitments,
      List<Long> evidencePositions,
      FindingStatus status,
      LocalDate recordedOn,
      LocalDate responseDueOn,
      String response,
      String correctiveAction,
      LocalDate correctiveActionDueOn,
      LocalDate answeredOn,
      LocalDate acceptedOn,
      int reopenings,
      String lastReopenReason,
      LocalDate reopenedOn,
      boolean escalated,
      Instant escalatedAt,
      Long recordedPosition,
      Long answeredPosition,
      Long acceptedPosition,
      Long reopenedPosition,
      Long escalatedPosition) {}
}
