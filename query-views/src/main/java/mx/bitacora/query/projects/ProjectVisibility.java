package mx.bitacora.query.projects;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which projects a caller may see, as a SQL condition: auditors and compliance reviewers see all;
 * agency staff those their agency funds, implements or coordinates, and those benefiting a shelter
 * their agency operates (a current beneficiary, as the shelters view knows its operator); anyone
 * else none.
 */
record ProjectVisibility(AgencyId onlyParty) {

  static ProjectVisibility of(Actor actor) {
    if (actor.seesAllAgencies()) {
      return new ProjectVisibility(null);
    }
    if (actor.has(Role.AGENCY_STAFF)) {
      return new ProjectVisibility(actor.agency());
    }
    throw new RejectedException(PlatformProblem.FORBIDDEN);
  }

  /** The condition on {@code project} aliased {@code p}, always ANDed to the query. */
  String condition() {
    return onlyParty == null
        ? "TRUE"
        : "(p.funder_agency = :visibleToAgency OR p.implementer_agency = :visibleToAgency"
            + " OR p.coordinator_agency = :visibleToAgency"
            + " OR EXISTS (SELECT 1 FROM project_beneficiary vb"
            + " JOIN shelter vs ON vs.shelter_id = vb.shelter_id"
            + " WHERE vb.project_id = p.project_id AND NOT vb.removed"
            + " AND vs.operating_agency = :visibleToAgency))";
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return onlyParty == null
        ? parameters
        : parameters.addValue("visibleToAgency", onlyParty.value());
  }
}
