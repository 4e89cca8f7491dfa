package mx.bitacora.query.shelters;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.query.referrals.ReferralState;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the shelter view from the read model. What the caller may see is part of the shelter's
 * WHERE clause, so a shelter outside it is indistinguishable from one that does not exist. Each
 * answer reads one snapshot, so its facts, materials, staff and referral counts agree.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ShelterViewQueries {

  /**
   * Distinct staff with a standing completion (not voided, session not cancelled) of a session in
   * which they were enrolled for the given agency.
   */
  private static final String TRAINED_STAFF =
      """
      SELECT count(DISTINCT c.staff_id)
      FROM training_completion c
      JOIN training_session t ON t.training_session_id = c.training_session_id
      JOIN staff_enrolment e
        ON e.training_session_id = c.training_session_id AND e.staff_id = c.staff_id
      WHERE e.agency = :agency AND NOT c.voided AND NOT t.cancelled
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final ShelterMaterials materials;

  ShelterViewQueries(NamedParameterJdbcTemplate jdbc, ShelterMaterials materials) {
    this.jdbc = jdbc;
    this.materials = materials;
  }

  ShelterView answer(FindShelterQuery query) {
    ShelterFacts shelter = visibleShelter(query.shelterId(), query.reader());
    Map<ReferralState, Long> referrals = referralsReceived(query.shelterId());
    Map<ReferralState, Long> counts = new EnumMap<>(ReferralState.class);
    Map<ReferralState, String> shown = new EnumMap<>(ReferralState.class);
    ShelterCounts withheld =
        query.reader().smallCountsWithheld()
            ? new ShelterCounts(shelter.capacity(), referrals)
            : null;
    referrals.forEach(
        (state, n) -> {
          Long count = withheld == null ? n : withheld.referrals(state);
          if (count != null) {
            counts.put(state, count);
          }
          shown.put(state, withheld == null ? Long.toString(n) : withheld.referralsShown(state));
        });
    return new ShelterView(
        shelter,
        capacityHistory(query.shelterId()),
        materials.received(query.shelterId(), query.period()),
        trainedStaff(shelter.operatingAgency()),
        counts,
        shown);
  }

  ShelterMaterialsPage answer(FindShelterMaterialsQuery query) {
    visibleShelter(query.shelterId(), query.reader());
    return materials.lines(query);
  }

  /** Refuses, as for an unknown shelter, unless {@code reader} may see it. */
  void ensureVisible(ShelterId shelterId, ShelterReader reader) {
    visibleShelter(shelterId, reader);
  }

  private ShelterFacts visibleShelter(ShelterId shelterId, ShelterReader reader) {
    List<ShelterFacts> found =
        jdbc.query(
            "SELECT s.*, s.closed_on IS NULL AS open FROM shelter s WHERE s.shelter_id = :shelterId AND "
                + reader.condition(),
            reader.bind(new MapSqlParameterSource("shelterId", shelterId.value())),
            Rows.of(ShelterFacts.class));
    if (found.isEmpty()) {
      throw new RejectedException(ShelterViewProblem.SHELTER_NOT_FOUND, shelterId);
    }
    return found.get(0);
  }

  private List<CapacityChange> capacityHistory(ShelterId shelterId) {
    return jdbc.query(
        "SELECT previous_capacity, capacity, recorded_at"
            + " FROM shelter_capacity_change WHERE shelter_id = :shelterId"
            + " ORDER BY sequence_number",
        new MapSqlParameterSource("shelterId", shelterId.value()),
        Rows.of(CapacityChange.class));
  }

  private long trainedStaff(AgencyId operatingAgency) {
    Long staff =
        jdbc.queryForObject(
            TRAINED_STAFF,
            new MapSqlParameterSource("agency", operatingAgency.value()),
            Long.class);
    return staff == null ? 0 : staff;
  }

  /** Every state, zero included, for the referrals naming this shelter as receiving shelter. */
  private Map<ReferralState, Long> referralsReceived(ShelterId shelterId) {
    return ShelterCounts.referralsReceived(jdbc, List.of(shelterId.value())).get(shelterId.value());
  }
}
