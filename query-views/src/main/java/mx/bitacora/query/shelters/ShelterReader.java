package mx.bitacora.query.shelters;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.smallcounts.SmallCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which shelters a caller may read, as a SQL condition: auditors and compliance reviewers every
 * one, agency staff only those their agency operates (any other answers as if it did not exist);
 * compliance reviewers see its small referral counts withheld ({@link ShelterCounts}).
 */
record ShelterReader(AgencyId operatorOnly, boolean smallCountsWithheld) {

  static ShelterReader of(Actor actor) {
    return new ShelterReader(
        actor.seesAllAgencies() ? null : actor.agency(), SmallCounts.withheldFrom(actor));
  }

  /** The condition on {@code shelter} aliased {@code s}, always ANDed to the query. */
  String condition() {
    return operatorOnly == null ? "TRUE" : "s.operating_agency = :readerAgency";
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return operatorOnly == null
        ? parameters
        : parameters.addValue("readerAgency", operatorOnly.value());
  }
}
