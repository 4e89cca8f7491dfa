package mx.bitacora.query.reviewreports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.query.commitments.CommitmentSummary;
import mx.bitacora.query.commitments.CommitmentsQueries;
import mx.bitacora.query.integrity.EventLogCheckpoints.CheckedCheckpoint;
import mx.bitacora.query.integrity.PublishedCheckpoint;
import mx.bitacora.query.reviews.ReviewDetail;
import mx.bitacora.query.reviews.ReviewsQueries;
import mx.bitacora.query.timetravel.PastReads;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computes what a report states from the log alone: the reviews and commitments views replayed
 * through a signed checkpoint's position, with statuses on the business day it was signed. The same
 * checkpoint gives the same report, however much was recorded since, unless the log changed.
 */
@Component
class ReportContents {

  private static final List<String> GROUPS =
      List.of(ProcessingGroups.REVIEWS, ProcessingGroups.COMMITMENTS);

  private final ObjectProvider<PastReads> pastReads;
  private final ReviewsQueries reviews;
  private final CommitmentsQueries commitments;
  private final ZoneId zone;

  ReportContents(
      ObjectProvider<PastReads> pastReads,
      ReviewsQueries reviews,
      CommitmentsQueries commitments,
      @Value("${bitacora.time-zone:America/Mexico_City}") ZoneId zone) {
    this.pastReads = pastReads;
    this.reviews = reviews;
    this.commitments = commitments;
    this.zone = zone;
  }

  /** The business day a checkpoint was signed on: the day a report's statuses are computed for. */
  LocalDate statusesOn(CheckedCheckpoint checkpoint) {
    return LocalDate.ofInstant(checkpoint.checkpoint().signedAt(), zone);
  }

  /** The report of {@code reviewId} as of {@code checkpoint}; empty if it had no such review. */
  Optional<ReviewReport> asOf(
      ReviewId reviewId, CheckedCheckpoint checkpoint, LocalDate statusesOn) {
    PastReads past = pastReads.getIfAvailable();
    if (past == null) {
      throw new RejectedException(ReportsProblem.REPORTS_NOT_AVAILABLE);
    }
    PublishedCheckpoint signed = checkpoint.checkpoint();
    try {
      return past.asOf(
          signed.position(),
          GROUPS,
          () ->
              reviews.exists(reviewId)
                  ? Optional.of(report(reviewId, signed, statusesOn))
                  : Optional.<ReviewReport>empty());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("could not replay the review's views", e);
    }
  }

  private ReviewReport report(ReviewId reviewId, PublishedCheckpoint signed, LocalDate today) {
    ReviewDetail review = reviews.wholeReview(reviewId, today);
    List<UUID> cited =
        review.findings().stream()
            .flatMap(finding -> finding.evidenceCommitments().stream())
            .distinct()
            .toList();
    var scope = review.review().scope();
    List<CommitmentSummary> inScope =
        commitments.forReview(
            scope.agencies(),
            scope.projectId(),
            scope.shelterId(),
            scope.from(),
            scope.to(),
            cited,
            today);
    return new ReviewReport(
        ReviewReport.VERSION,
        review.review(),
        review.criteria(),
        inScope,
        review.findings(),
        today,
        new ReviewReport.Integrity(
            signed.position(),
            signed.chainHash(),
            signed.signedAt(),
            signed.keyId(),
            signed.signature()));
  }
}
