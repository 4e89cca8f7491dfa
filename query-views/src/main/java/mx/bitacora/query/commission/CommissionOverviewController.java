package mx.bitacora.query.commission;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.smallcounts.SmallCounts;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commission overview across all agencies, per agency or per state, with network totals, of
 * what happened (business time) within {@code from}/{@code to} when given. Commission auditors and
 * compliance reviewers read it (it holds counts only), reviewers with small referral counts
 * withheld (as "<5", with those that would give them away); anyone else is refused ({@code 403
 * FORBIDDEN}).
 */
@RestController
@FedBy({
  ProcessingGroups.REFERRALS,
  ProcessingGroups.SHELTER_DELIVERIES,
  ProcessingGroups.AGENCIES,
  ProcessingGroups.TRAINING,
  ProcessingGroups.ENROLMENTS
})
class CommissionOverviewController {

  private final CommissionOverviewQueries queries;
  private final ProblemCatalog problems;

  CommissionOverviewController(CommissionOverviewQueries queries, ProblemCatalog problems) {
    this.queries = queries;
    this.problems = problems;
  }

  @GetMapping("/commission/overview")
  @Operation(summary = "Read the commission's network-wide overview, grouped as asked")
  public CommissionOverview overview(
      @RequestParam(defaultValue = "AGENCY") OverviewGrouping groupBy,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      Actor actor) {
    if (!actor.seesAllAgencies()) {
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    return queries.overview(groupBy, new OverviewPeriod(from, to), SmallCounts.withheldFrom(actor));
  }

  /** A period whose {@code from} is after its {@code to} is a malformed parameter. */
  @ExceptionHandler(OverviewPeriod.Reversed.class)
  ResponseEntity<ProblemDetail> periodReversed(OverviewPeriod.Reversed reversed) {
    return ResponseEntity.badRequest()
        .body(problems.problem(PlatformProblem.INVALID_PARAMETER, LocaleContextHolder.getLocale()));
  }
}
