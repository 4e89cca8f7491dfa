package mx.bitacora.query.reviews;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which reviews and findings a caller may see, as SQL conditions: commission auditors and
 * compliance reviewers every review and finding; agency staff the reviews with a finding addressed
 * to their agency, and in them only their agency's findings (the others neither shown nor counted);
 * anyone else nothing.
 */
record ReviewVisibility(AgencyId onlyAgency) {

  /** A caller reads as an auditor or reviewer if they hold either role, else as staff. */
  static ReviewVisibility of(Actor actor) {
    if (actor.seesAllAgencies()) {
      return new ReviewVisibility(null);
    }
    if (actor.has(Role.AGENCY_STAFF)) {
      return new ReviewVisibility(actor.agency());
    }
    throw new RejectedException(PlatformProblem.FORBIDDEN);
  }

  /** The condition on {@code review r}, always ANDed to the query. */
  String reviews() {
    return onlyAgency == null
        ? "TRUE"
        : "EXISTS (SELECT 1 FROM review_finding v WHERE v.review_id = r.review_id"
            + " AND v.concerned_agency = :visibleToAgency)";
  }

  /** The condition on {@code review_finding f}, always ANDed where findings are read. */
  String findings() {
    return onlyAgency == null ? "TRUE" : "f.concerned_agency = :visibleToAgency";
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return onlyAgency == null
        ? parameters
        : parameters.addValue("visibleToAgency", onlyAgency.value());
  }
}
