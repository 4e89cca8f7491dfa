package mx.bitacora.query.reviews;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets compliance reviewers and commission auditors read every review and finding, and agency staff
 * the reviews with a finding addressed to their agency (only their agency's findings in them): a
 * page, filtered, and one review with its findings. Other staff get 404 as for an unknown review;
 * other roles 403, as in the other views.
 */
@RestController
@Validated
@FedBy(ProcessingGroups.REVIEWS)
@PreAuthorize("hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
@Problem(
    status = 404,
    codes = {"REVIEW_NOT_FOUND"})
class ReviewsController {

  private final ReviewsQueries queries;

  ReviewsController(ReviewsQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/reviews")
  @Operation(summary = "Page through the compliance reviews the caller may see, newest first")
  public ReviewsPage reviews(
      @RequestParam(required = false) ReviewStatus status,
      @RequestParam(required = false) AgencyId agency,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1000000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return queries.answer(
        new FindReviewsQuery(status, agency, page, size, ReviewVisibility.of(actor)));
  }

  @GetMapping("/reviews/{reviewId}")
  @Operation(summary = "Read one review with the findings the caller may see")
  public ReviewDetail review(@PathVariable ReviewId reviewId, Actor actor) {
    return queries.answer(reviewId, ReviewVisibility.of(actor));
  }
}
