package mx.bitacora.web.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /reviews/{id}}: the review, its criteria and the findings this person may see, with
 * the log positions of the events that made each what it is.
 */
record ReviewDetail(
    Review review,
    Long openedPosition,
    Long concludedPosition,
    List<Criterion> criteria,
    List<Finding> findings) {

  ReviewDetail {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** One thing the review checks. */
  record Criterion(String code, String description) {}

  /** A finding with its evidence, latest answer, acceptance, reopenings and escalation. */
  record Finding(
      UUID findingId,
      String criterion,
      String severity,
      String concernedAgency,
      String statement,
      String recommendation,
      List<UUID> evidenceCommitments,
      List<Long> evidencePositions,
      String status,
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
      Long escalatedPosition) {

    Finding {
      evidenceCommitments = evidenceCommitments == null ? List.of() : evidenceCommitments;
      evidencePositions = evidencePositions == null ? List.of() : evidencePositions;
    }

    /** Whether the service waits for the agency's answer (it may still be refused). */
    public boolean awaitingAnswer() {
      return "AWAITING_RESPONSE".equals(status) || "OVERDUE".equals(status);
    }

    /** Whether there is an answer for the reviewer to accept or reopen. */
    public boolean answered() {
      return "ANSWERED".equals(status);
    }
  }
}
