package mx.bitacora.query.reviews;

import mx.bitacora.events.review.FindingAcceptedEvent;
import mx.bitacora.events.review.FindingAnsweredEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.events.review.ReviewConcludedEvent;
import mx.bitacora.events.review.ReviewEvent;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewReportIssuedEvent;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects the review events into each review (scope, criteria, conclusion) and its findings (the
 * stage of the answer, the latest answer, reopenings, escalation), each with the positions of the
 * events that made it; and the reports issued of it. A review's events are one stream, applied in
 * order; every write is skipped when its row has already applied that sequence number, so a replay
 * changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.REVIEWS)
@ProjectionTables({"review", "review_criterion", "review_finding", "review_report"})
class ReviewsProjection {

  private final ReviewTable reviews;
  private final FindingTable findings;
  private final ReportIssuanceTable reports;

  ReviewsProjection(ReviewTable reviews, FindingTable findings, ReportIssuanceTable reports) {
    this.reviews = reviews;
    this.findings = findings;
    this.reports = reports;
  }

  @EventHandler
  void on(ReviewEvent event, RecordedEvent recorded) {
    switch (event) {
      case ReviewOpenedEvent opened -> {
        if (complete(opened)) {
          reviews.recordOpened(opened, recorded);
        }
      }
      case ReviewConcludedEvent concluded -> reviews.recordConcluded(concluded, recorded);
      case FindingRecordedEvent finding -> {
        if (complete(finding)) {
          findings.recordFinding(finding, recorded);
        }
      }
      case FindingAnsweredEvent answered -> findings.recordAnswer(answered, recorded);
      case FindingAcceptedEvent accepted -> findings.recordAccepted(accepted, recorded);
      case FindingReopenedEvent reopened -> {
        if (reopened.responseDueOn() != null) {
          findings.recordReopened(reopened, recorded);
        }
      }
      case FindingEscalatedEvent escalated -> findings.recordEscalated(escalated, recorded);
      case ReviewReportIssuedEvent issued -> reports.recordIssued(issued, recorded);
    }
  }

  /** Whether an opening holds what a review row needs (command-service always records it). */
  private static boolean complete(ReviewOpenedEvent opened) {
    return opened.title() != null
        && opened.scope() != null
        && opened.scope().from() != null
        && opened.scope().to() != null
        && opened.openedOn() != null;
  }

  /** Whether a finding holds what its row needs (command-service always records it). */
  private static boolean complete(FindingRecordedEvent finding) {
    return finding.criterion() != null
        && finding.severity() != null
        && finding.concernedAgency() != null
        && finding.statement() != null
        && finding.recordedOn() != null
        && finding.responseDueOn() != null;
  }
}
