package mx.bitacora.query.accesslog;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Break-glass reads and their reviews: the commission sees every one, agency staff those of their
 * own agency's cases (as the access log scopes them). A read unreviewed after {@code
 * bitacora.break-glass.review-within-days} (default 7) is overdue.
 */
@RestController
// The entries are written by the reads themselves; the reviews by the break-glass-reviews group.
@FedBy(ProcessingGroups.BREAK_GLASS_REVIEWS)
@PreAuthorize("hasAnyRole('COMMISSION_AUDITOR','AGENCY_STAFF')")
class BreakGlassReadsController {

  private final CaseAccessQueries queries;
  private final Duration reviewWithin;

  BreakGlassReadsController(
      CaseAccessQueries queries,
      @Value("${bitacora.break-glass.review-within-days:7}") int reviewWithinDays) {
    if (reviewWithinDays < 1) {
      throw new IllegalArgumentException(
          "bitacora.break-glass.review-within-days must be at least 1, is " + reviewWithinDays);
    }
    this.queries = queries;
    this.reviewWithin = Duration.ofDays(reviewWithinDays);
  }

  @GetMapping("/access-log/break-glass")
  @Operation(
      summary =
          "Page through break-glass reads with their review status (justified, not justified,"
              + " unreviewed, overdue)")
  public BreakGlassReadsPage breakGlassReads(
      @RequestParam(required = false) BreakGlassReviewStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
      Actor caller) {
    // Staff see reads of their agency's cases only.
    AgencyId scope = caller.has(Role.COMMISSION_AUDITOR) ? null : caller.agency();
    return queries.breakGlassReads(
        new FindBreakGlassReadsQuery(status, scope, Instant.now(), reviewWithin, page, size));
  }
}
