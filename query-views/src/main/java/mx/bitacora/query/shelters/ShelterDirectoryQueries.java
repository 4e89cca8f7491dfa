package mx.bitacora.query.shelters;

import java.util.List;
import java.util.Map;
import mx.bitacora.query.referrals.ReferralState;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the shelter directory in one snapshot (the page, its places taken and its total agree):
 * the shelter's own row, the referrals projection's {@code referral} rows that name it as receiving
 * shelter, and the agencies projection's {@code agency} row of its operator.
 *
 * <ul>
 *   <li><b>Never a refugio's whereabouts.</b> The sealed location is in no column; a refugio's
 *       municipality and state are not selected either, and the {@code state} filter matches only
 *       shelters of other kinds, so that filtering cannot tell in which state a refugio is.
 *   <li><b>Places taken.</b> One place per referral to the shelter whose standing state is {@code
 *       ACCEPTED}: closing it frees the place, a voided acceptance takes it back to awaiting an
 *       answer; one awaiting an answer, declined or withdrawn takes none. A compliance reviewer
 *       sees places taken from 1 to 4 as "<5" and the free places then as "withheld" ({@link
 *       ShelterCounts}).
 * </ul>
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ShelterDirectoryQueries {

  private static final String REFUGIO = "REFUGIO";

  private static final String LISTING =
      """
      SELECT s.shelter_id, s.name, s.kind, s.operating_agency, a.name AS operator_name,
             CASE WHEN s.kind = :refugio THEN NULL ELSE s.municipality END AS municipality,
             CASE WHEN s.kind = :refugio THEN NULL ELSE s.state END AS state,
             s.serves_minors, s.capacity, t.places_taken,
             greatest(s.capacity - t.places_taken, 0) AS free_places,
             t.places_taken::text AS places_taken_shown,
             greatest(s.capacity - t.places_taken, 0)::text AS free_places_shown,
             s.closed_on IS NULL AS open,
             s.closed_on IS NULL AND coalesce(a.active, TRUE) AS accepts_referrals
      FROM shelter s
      LEFT JOIN agency a ON a.agency_id = s.operating_agency
      CROSS JOIN LATERAL (
        SELECT count(*) AS places_taken FROM referral r
        WHERE r.receiving_shelter = s.shelter_id AND r.state = 'ACCEPTED') t
      """;

  private final NamedParameterJdbcTemplate jdbc;

  ShelterDirectoryQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  ShelterDirectoryPage answer(FindSheltersQuery query) {
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("limit", query.size())
            .addValue("offset", query.offset())
            .addValue("refugio", REFUGIO);
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    if (query.kind() != null) {
      where.append(" AND s.kind = :kind");
      parameters.addValue("kind", query.kind().name());
    }
    if (query.state() != null) {
      where.append(" AND s.state = :state AND s.kind <> :refugio");
      parameters.addValue("state", query.state());
    }
    if (query.agency() != null) {
      where.append(" AND s.operating_agency = :agency");
      parameters.addValue("agency", query.agency().value());
    }
    Long total =
        jdbc.queryForObject("SELECT count(*) FROM shelter s" + where, parameters, Long.class);
    List<ShelterListing> shelters =
        jdbc.query(
            LISTING + where + " ORDER BY s.name, s.shelter_id LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(ShelterListing.class));
    if (query.smallCountsWithheld()) {
      shelters = withSmallCountsWithheld(shelters);
    }
    long totalElements = total == null ? 0 : total;
    return new ShelterDirectoryPage(
        query.kind(),
        query.state(),
        query.agency(),
        shelters,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  /** The shelters with their places as a compliance reviewer sees them ({@link ShelterCounts}). */
  private List<ShelterListing> withSmallCountsWithheld(List<ShelterListing> shelters) {
    Map<String, Map<ReferralState, Long>> referrals =
        ShelterCounts.referralsReceived(
            jdbc, shelters.stream().map(shelter -> shelter.shelterId().value()).toList());
    return shelters.stream()
        .map(
            shelter ->
                shelter.shownAs(
                    new ShelterCounts(
                        shelter.capacity(), referrals.get(shelter.shelterId().value()))))
        .toList();
  }
}
