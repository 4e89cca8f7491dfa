package mx.bitacora.query.shelters;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.query.referrals.ReferralState;
import mx.bitacora.query.rows.Rows;
import mx.bitacora.query.smallcounts.SmallCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A shelter's referral counts as a compliance reviewer sees them, in the shelter view and the
 * directory alike: the referrals it received by state (adding up to its referrals, a count no view
 * shows but taken as known), and its places taken (the accepted ones) and free places, which add up
 * to its capacity (always shown). A count from 1 to 4 is withheld as "<5", with the counts that
 * would give it away ({@link SmallCounts}); the free places only as such a complement.
 */
final class ShelterCounts {

  private static final String REFERRALS = "referrals";
  private static final String CAPACITY = "capacity";
  private static final String FREE_PLACES = "freePlaces";

  private final SmallCounts<String> counts = new SmallCounts<>();

  ShelterCounts(long capacity, Map<ReferralState, Long> referralsByState) {
    referralsByState.forEach((state, n) -> counts.count(state.name(), n));
    long accepted = referralsByState.getOrDefault(ReferralState.ACCEPTED, 0L);
    counts
        .count(REFERRALS, referralsByState.values().stream().mapToLong(Long::longValue).sum())
        .line(REFERRALS, Arrays.stream(ReferralState.values()).map(Enum::name).toList())
        .fixed(CAPACITY, capacity)
        .derived(FREE_PLACES, Math.max(capacity - accepted, 0))
        .line(CAPACITY, List.of(ReferralState.ACCEPTED.name(), FREE_PLACES));
  }

  /**
   * The referrals naming each of {@code shelterIds} as receiving shelter, by state, zero included.
   */
  static Map<String, Map<ReferralState, Long>> referralsReceived(
      NamedParameterJdbcTemplate jdbc, List<String> shelterIds) {
    Map<String, Map<ReferralState, Long>> byShelter = new HashMap<>();
    for (String shelterId : shelterIds) {
      Map<ReferralState, Long> byState = new EnumMap<>(ReferralState.class);
      for (ReferralState state : ReferralState.values()) {
        byState.put(state, 0L);
      }
      byShelter.put(shelterId, byState);
    }
    if (!shelterIds.isEmpty()) {
      jdbc.query(
              "SELECT receiving_shelter AS shelter_id, state, count(*) AS n FROM referral"
                  + " WHERE receiving_shelter IN (:shelterIds) GROUP BY 1, 2",
              new MapSqlParameterSource("shelterIds", shelterIds),
              Rows.of(StateCount.class))
          .forEach(count -> byShelter.get(count.shelterId()).put(count.state(), count.n()));
    }
    return byShelter;
  }

  private record StateCount(String shelterId, ReferralState state, long n) {}

  Long referrals(ReferralState state) {
    return counts.value(state.name());
  }

  String referralsShown(ReferralState state) {
    return counts.shown(state.name());
  }

  Long freePlaces() {
    return counts.value(FREE_PLACES);
  }

  String freePlacesShown() {
    return counts.shown(FREE_PLACES);
  }
}
