package mx.bitacora.query.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.query.referrals.ReferralState;
import mx.bitacora.query.smallcounts.SmallCounts;

/**
 * How the overview shows its referral counts: plainly (to commission auditors), or with small
 * counts withheld (to compliance reviewers) on one pattern for agencies, states and the network.
 * The sums a reader can work with are lines of that pattern: a group's referrals by state and by
 * urgency (both adding up to its referrals), its answered ones (accepted, declined and closed ones
 * each were answered), and each figure of the agencies of a state (adding up to the state's) and of
 * the states (adding up to the network's).
 */
final class ReferralCounts {

  static final String AGENCY = "AGENCY";
  static final String STATE = "STATE";
  static final String NETWORK = "NETWORK";

  /** A group's referrals, shown nowhere but worked out from its counts by state or urgency. */
  static final String REFERRALS = "referrals";

  static final String ANSWERED = "referralsAnswered";
  static final String ESCALATED = "escalatedReferrals";
  static final String TO_FULL_SHELTERS = "referralsToFullShelters";

  /** Every count as it is. */
  static final ReferralCounts PLAIN = new ReferralCounts(null);

  private final SmallCounts<Cell> counts;

  private ReferralCounts(SmallCounts<Cell> counts) {
    this.counts = counts;
  }

  /**
   * One referral count: {@code figure} of group {@code group} (null: the network's, or no state).
   */
  private record Cell(String level, String group, String figure) {}

  /**
   * Small counts withheld from the counts of each agency, each state (of the agencies as {@code
   * stateOf} gives it) and the network, each by {@link #REFERRALS}, state or urgency name, {@link
   * #ANSWERED}, {@link #ESCALATED} and {@link #TO_FULL_SHELTERS}.
   */
  static ReferralCounts withheld(
      Map<String, Map<String, Long>> byAgency,
      Map<String, Map<String, Long>> byState,
      Map<String, Long> network,
      Function<String, String> stateOf) {
    SmallCounts<Cell> counts = new SmallCounts<>();
    byAgency.forEach((agency, figures) -> group(counts, AGENCY, agency, figures));
    byState.forEach((state, figures) -> group(counts, STATE, state, figures));
    group(counts, NETWORK, null, network);
    for (String figure : network.keySet()) {
      counts.line(
          new Cell(NETWORK, null, figure),
          byState.keySet().stream().map(state -> new Cell(STATE, state, figure)).toList());
      for (String state : byState.keySet()) {
        counts.line(
            new Cell(STATE, state, figure),
            byAgency.keySet().stream()
                .filter(agency -> Objects.equals(stateOf.apply(agency), state))
                .map(agency -> new Cell(AGENCY, agency, figure))
                .toList());
      }
    }
    return new ReferralCounts(counts);
  }

  /** {@code figure} of {@code group}, counted {@code n}: null if withheld. */
  Long value(String level, String group, String figure, long n) {
    return counts == null ? Long.valueOf(n) : counts.value(new Cell(level, group, figure));
  }

  /** {@code figure} of {@code group}, counted {@code n}, as shown. */
  String shown(String level, String group, String figure, long n) {
    return counts == null ? Long.toString(n) : counts.shown(new Cell(level, group, figure));
  }

  private static void group(
      SmallCounts<Cell> counts, String level, String group, Map<String, Long> figures) {
    figures.forEach((figure, n) -> counts.count(new Cell(level, group, figure), n));
    List<Cell> states = new ArrayList<>();
    for (ReferralState state : ReferralState.values()) {
      states.add(new Cell(level, group, state.name()));
    }
    List<Cell> urgencies = new ArrayList<>();
    for (Urgency urgency : Urgency.values()) {
      urgencies.add(new Cell(level, group, urgency.name()));
    }
    Cell referrals = new Cell(level, group, REFERRALS);
    counts.line(referrals, states);
    counts.line(referrals, urgencies);
    counts.line(
        new Cell(level, group, ANSWERED),
        List.of(
            new Cell(level, group, ReferralState.ACCEPTED.name()),
            new Cell(level, group, ReferralState.DECLINED.name()),
            new Cell(level, group, ReferralState.CLOSED.name())));
  }
}
