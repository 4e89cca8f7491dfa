package mx.bitacora.query.commission;

import io.swagger.v3.oas.annotations.Operation;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commission overview across all agencies, per agency or per state, with network totals.
 * Commission auditors and compliance reviewers read it (it holds counts only); anyone else is
 * refused ({@code 403 FORBIDDEN}).
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

  CommissionOverviewController(CommissionOverviewQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/commission/overview")
  @Operation(summary = "Read the commission's network-wide overview, grouped as asked")
  public CommissionOverview overview(
      @RequestParam(defaultValue = "AGENCY") OverviewGrouping groupBy, Actor actor) {
    if (!actor.seesAllAgencies()) {
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    return queries.overview(groupBy);
  }
}
