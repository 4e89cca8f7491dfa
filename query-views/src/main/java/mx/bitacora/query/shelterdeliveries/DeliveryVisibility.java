package mx.bitacora.query.shelterdeliveries;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which deliveries a caller may see, as a SQL condition: auditors and compliance reviewers see all;
 * agency staff only those their agency funds, delivers or receives.
 */
record DeliveryVisibility(AgencyId onlyInvolving) {

  static DeliveryVisibility of(Actor actor) {
    if (actor.seesAllAgencies()) {
      return new DeliveryVisibility(null);
    }
    if (actor.has(Role.AGENCY_STAFF)) {
      return new DeliveryVisibility(actor.agency());
    }
    throw new RejectedException(PlatformProblem.FORBIDDEN);
  }

  /** The condition on {@code shelter_delivery} aliased {@code d}, always ANDed to the query. */
  String condition() {
    return onlyInvolving == null
        ? "TRUE"
        : "d.involved_agencies @> ARRAY[CAST(:visibleToAgency AS text)]";
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return onlyInvolving == null
        ? parameters
        : parameters.addValue("visibleToAgency", onlyInvolving.value());
  }
}
