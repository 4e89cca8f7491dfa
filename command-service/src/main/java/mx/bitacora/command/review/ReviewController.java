package mx.bitacora.command.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.command.time.BusinessTime;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records compliance reviews. Compliance reviewers open them, record findings, accept or reopen the
 * answers and conclude; the staff of the agency a finding concerns answer it. Each step may state
 * the business day it was taken (checked like every business date), else it is today.
 */
@RestController
@RequestMapping("/reviews")
@Tag(name = "Reviews", description = "Compliance reviews, their findings and the agencies' answers")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE"})
@Problem(
    status = 404,
    codes = {"REVIEW_NOT_FOUND", "FINDING_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {
      "REVIEW_ALREADY_RECORDED",
      "FINDING_ALREADY_RECORDED",
      "REVIEW_CONCLUDED",
      "REVIEW_PERIOD_ENDS_BEFORE_START",
      "REVIEW_PROJECT_NOT_REGISTERED",
      "REVIEW_SHELTER_NOT_REGISTERED",
      "REVIEW_SCOPE_WITHOUT_AGENCY",
      "REVIEW_CRITERIA_REPEATED",
      "CRITERION_NOT_IN_REVIEW",
      "FINDING_AGENCY_NOT_IN_SCOPE",
      "FINDING_WITHOUT_EVIDENCE",
      "EVIDENCE_NOT_FOUND",
      "EVIDENCE_OUT_OF_SCOPE",
      "FINDING_DUE_IN_THE_PAST",
      "FINDING_NOT_AWAITING_RESPONSE",
      "FINDING_NOT_ANSWERED",
      "CONCURRENT_UPDATE"
    })
@Problem(
    status = 422,
    codes = {"AGENCY_NOT_ACTIVE", "BUSINESS_DATE_IN_FUTURE", "BUSINESS_DATE_TOO_OLD"})
class ReviewController {

  private static final Subject SUBJECT =
      new Subject(ReviewProblem.REVIEW_NOT_FOUND, ReviewProblem.REVIEW_ALREADY_RECORDED);

  private final CommandSender commands;
  private final BusinessTime businessTime;

  ReviewController(CommandSender commands, BusinessTime businessTime) {
    this.commands = commands;
    this.businessTime = businessTime;
  }

  @PostMapping
  @SuccessStatus(201)
  @PreAuthorize("hasRole('COMPLIANCE_REVIEWER')")
  @Operation(summary = "Open a review (the client chooses its UUID)")
  ResponseEntity<ReviewRequests.Accepted> open(@Valid @RequestBody ReviewRequests.OpenReview body) {
    businessTime.happenedOn(body.openedOn());
    ReviewRequests.Scope scope = body.scope();
    commands.create(
        new OpenReviewCommand(
            body.reviewId(),
            body.title(),
            scope.agencies(),
            scope.projectId(),
            scope.shelterId(),
            scope.from(),
            scope.to(),
            body.criteria().stream().map(ReviewRequests.Criterion::criterion).toList(),
            body.openedOn()),
        SUBJECT,
        body.reviewId());
    return ResponseEntity.created(URI.create("/reviews/" + body.reviewId()))
        .body(new ReviewRequests.Accepted(body.reviewId(), null));
  }

  @PostMapping("/{reviewId}/findings")
  @SuccessStatus(201)
  @PreAuthorize("hasRole('COMPLIANCE_REVIEWER')")
  @Operation(summary = "Record a finding, with its evidence, and send it to the agency concerned")
  ResponseEntity<ReviewRequests.Accepted> recordFinding(
      @PathVariable ReviewId reviewId, @Valid @RequestBody ReviewRequests.RecordFinding body) {
    businessTime.happenedOn(body.recordedOn());
    commands.update(
        new RecordFindingCommand(
            reviewId,
            body.findingId(),
            body.criterion(),
            body.severity(),
            body.concernedAgency(),
            body.statement(),
            body.recommendation(),
            body.evidence().evidence(),
            body.responseDueOn(),
            body.recordedOn()),
        SUBJECT,
        reviewId);
    return ResponseEntity.created(
            URI.create("/reviews/" + reviewId + "/findings/" + body.findingId()))
        .body(new ReviewRequests.Accepted(reviewId, body.findingId()));
  }

  @PostMapping("/{reviewId}/findings/{findingId}/answer")
  @PreAuthorize("hasRole('AGENCY_STAFF')")
  @Operation(summary = "Answer a finding addressed to your agency")
  ReviewRequests.Accepted answer(
      @PathVariable ReviewId reviewId,
      @PathVariable FindingId findingId,
      @Valid @RequestBody ReviewRequests.Answer body,
      Actor actor) {
    businessTime.happenedOn(body.answeredOn());
    commands.update(
        new AnswerFindingCommand(
            reviewId,
            findingId,
            actor.agency(),
            body.response(),
            body.correctiveAction(),
            body.correctiveActionDueOn(),
            body.answeredOn()),
        SUBJECT,
        reviewId);
    return new ReviewRequests.Accepted(reviewId, findingId);
  }

  @PostMapping("/{reviewId}/findings/{findingId}/acceptance")
  @PreAuthorize("hasRole('COMPLIANCE_REVIEWER')")
  @Operation(summary = "Accept the agency's answer to a finding")
  ReviewRequests.Accepted accept(
      @PathVariable ReviewId reviewId,
      @PathVariable FindingId findingId,
      @Valid @RequestBody(required = false) ReviewRequests.Accept body) {
    LocalDate acceptedOn = body == null ? null : body.acceptedOn();
    businessTime.happenedOn(acceptedOn);
    commands.update(new AcceptFindingCommand(reviewId, findingId, acceptedOn), SUBJECT, reviewId);
    return new ReviewRequests.Accepted(reviewId, findingId);
  }

  @PostMapping("/{reviewId}/findings/{findingId}/reopening")
  @PreAuthorize("hasRole('COMPLIANCE_REVIEWER')")
  @Operation(summary = "Reopen a finding whose answer is not accepted, with the reason")
  ReviewRequests.Accepted reopen(
      @PathVariable ReviewId reviewId,
      @PathVariable FindingId findingId,
      @Valid @RequestBody ReviewRequests.Reopen body) {
    businessTime.happenedOn(body.reopenedOn());
    commands.update(
        new ReopenFindingCommand(
            reviewId, findingId, body.reason(), body.responseDueOn(), body.reopenedOn()),
        SUBJECT,
        reviewId);
    return new ReviewRequests.Accepted(reviewId, findingId);
  }

  @PostMapping("/{reviewId}/conclusion")
  @PreAuthorize("hasRole('COMPLIANCE_REVIEWER')")
  @Operation(summary = "Conclude the review")
  ReviewRequests.Accepted conclude(
      @PathVariable ReviewId reviewId, @Valid @RequestBody ReviewRequests.Conclude body) {
    businessTime.happenedOn(body.concludedOn());
    commands.update(
        new ConcludeReviewCommand(reviewId, body.conclusion(), body.concludedOn()),
        SUBJECT,
        reviewId);
    return new ReviewRequests.Accepted(reviewId, null);
  }
}
