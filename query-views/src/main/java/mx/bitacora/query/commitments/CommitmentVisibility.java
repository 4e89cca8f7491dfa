package mx.bitacora.query.commitments;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.smallcounts.SmallCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which commitments a caller may see, as a SQL condition: commission auditors and compliance
 * reviewers see all; agency staff those their agency made (alone or for a project) and those made
 * to it (to a shelter it operates, to train its staff); anyone else none. Compliance reviewers see
 * a referral-answers commitment's counts below 5 as "<5", and not its facts (which would count
 * them).
 */
record CommitmentVisibility(AgencyId onlyAgency, boolean smallCountsWithheld) {

  /**
   * A caller reads as the first of auditor, reviewer and staff they hold; a compliance reviewer
   * sees counts of referrals below 5 only as "<5".
   */
  static CommitmentVisibility of(Actor actor) {
    if (actor.seesAllAgencies()) {
      return new CommitmentVisibility(null, SmallCounts.withheldFrom(actor));
    }
    if (actor.has(Role.AGENCY_STAFF)) {
      return new CommitmentVisibility(actor.agency(), false);
    }
    throw new RejectedException(PlatformProblem.FORBIDDEN);
  }

  /** Commitments made by or to the agency bound as {@code :name}, over {@code commitment c}. */
  static String concerning(String name) {
    return "(:%1$s = ANY (c.committing_agencies) OR c.shelter_agency = :%1$s".formatted(name)
        + " OR c.trainee_agency = :%s)".formatted(name);
  }

  /** The condition on {@code commitment} aliased {@code c}, always ANDed to the query. */
  String condition() {
    return onlyAgency == null ? "TRUE" : concerning("visibleToAgency");
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return onlyAgency == null
        ? parameters
        : parameters.addValue("visibleToAgency", onlyAgency.value());
  }
}
