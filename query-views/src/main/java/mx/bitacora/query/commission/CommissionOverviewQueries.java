package mx.bitacora.query.commission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.query.referrals.ReferralState;
import mx.bitacora.query.rows.Rows;
import mx.bitacora.query.smallcounts.SmallCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the overview's figures in the read model, per group and for the whole network, in one
 * snapshot (repeatable read), so that groups and totals agree. Referrals and deliveries count for
 * their receiving agency, training completions for the session's trainer agency and, as a second
 * figure, for each trainee's agency (the one the trainee was enrolled for); grouped by state, each
 * counts for its agency's state (from the agencies view).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class CommissionOverviewQueries {

  /**
   * A referral's time to answer: between the business times its agencies stated when both are, the
   * record times otherwise (referrals recorded before business times could be stated).
   */
  private static final String ANSWER_TIME =
      "CASE WHEN r.stated_issued_at IS NOT NULL AND r.stated_answered_at IS NOT NULL"
          + " THEN r.stated_answered_at - r.stated_issued_at"
          + " ELSE r.answered_at - r.issued_at END";

  private final NamedParameterJdbcTemplate jdbc;

  CommissionOverviewQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The overview grouped as asked; with {@code smallCountsWithheld} (a compliance reviewer's), the
   * referral counts from 1 to 4 withheld, with those that would give them away, on one pattern
   * worked out over agencies, states and the network at once, so that neither grouping nor the two
   * together give a withheld count back.
   */
  CommissionOverview overview(
      OverviewGrouping groupBy, OverviewPeriod period, boolean smallCountsWithheld) {
    Map<String, AgencyRow> agencies = agencies();
    Map<String, Tally> byAgency =
        groupBy == OverviewGrouping.AGENCY || smallCountsWithheld
            ? grouped(OverviewGrouping.AGENCY, period, agencies)
            : Map.of();
    Map<String, Tally> byState =
        groupBy == OverviewGrouping.STATE || smallCountsWithheld
            ? grouped(OverviewGrouping.STATE, period, agencies)
            : Map.of();
    Tally network = tally(null, period).getOrDefault(null, new Tally());
    ReferralCounts shown =
        smallCountsWithheld
            ? ReferralCounts.withheld(
                referralCounts(byAgency),
                referralCounts(byState),
                network.referralCounts(),
                agency -> agencies.containsKey(agency) ? agencies.get(agency).state() : null)
            : ReferralCounts.PLAIN;
    List<OverviewGroup> listed = new ArrayList<>();
    if (groupBy == OverviewGrouping.STATE) {
      byState.forEach(
          (state, tally) ->
              listed.add(
                  new OverviewGroup(
                      null, null, null, state, tally.figures(shown, ReferralCounts.STATE, state))));
    } else {
      byAgency.forEach(
          (key, tally) -> {
            AgencyRow agency = agencies.getOrDefault(key, new AgencyRow(key, null, null, null));
            listed.add(
                new OverviewGroup(
                    key,
                    agency.name(),
                    agency.acronym(),
                    agency.state(),
                    tally.figures(shown, ReferralCounts.AGENCY, key)));
          });
    }
    listed.sort(
        Comparator.comparing(
            groupBy == OverviewGrouping.STATE ? OverviewGroup::state : OverviewGroup::agencyId,
            Comparator.nullsLast(Comparator.naturalOrder())));
    return new CommissionOverview(
        groupBy,
        period.from(),
        period.to(),
        listed,
        network.figures(shown, ReferralCounts.NETWORK, null));
  }

  private static Map<String, Map<String, Long>> referralCounts(Map<String, Tally> groups) {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    groups.forEach((group, tally) -> counts.put(group, tally.referralCounts()));
    return counts;
  }

  /** Every group of {@code groupBy}, also those of registered agencies with nothing to count. */
  private Map<String, Tally> grouped(
      OverviewGrouping groupBy, OverviewPeriod period, Map<String, AgencyRow> agencies) {
    Map<String, Tally> groups = tally(groupBy, period);
    for (AgencyRow agency : agencies.values()) {
      groups.computeIfAbsent(
          groupBy == OverviewGrouping.AGENCY ? agency.agencyId() : agency.state(),
          key -> new Tally());
    }
    return groups;
  }

  /** Every figure per group key; {@code groupBy} null counts the whole network under key null. */
  private Map<String, Tally> tally(OverviewGrouping groupBy, OverviewPeriod period) {
    Map<String, Tally> groups = new HashMap<>();
    query(
        period,
        "SELECT %s AS group_key, r.state, r.urgency, count(*) AS n"
            + " FROM referral r %s WHERE REFERRALS_WITHIN GROUP BY 1, 2, 3",
        groupBy,
        "r.receiving_agency",
        ReferralCount.class,
        (row, tally) -> {
          tally.byState.merge(row.state(), row.n(), Long::sum);
          tally.byUrgency.merge(row.urgency(), row.n(), Long::sum);
        },
        groups);
    query(
        period,
        """
        SELECT %s AS group_key, count(r.answered_at) AS answered,
               floor(percentile_cont(0.5) WITHIN GROUP (
                   ORDER BY extract(epoch FROM ANSWER_TIME)) * 1000 + 0.5)::numeric
                 / 1000 AS median,
               floor(percentile_cont(0.9) WITHIN GROUP (
                   ORDER BY extract(epoch FROM ANSWER_TIME)) * 1000 + 0.5)::numeric
                 / 1000 AS p90,
               count(r.escalated_at) AS escalated,
               count(*) FILTER (WHERE r.receiving_shelter_full) AS to_full_shelters
        FROM referral r %s WHERE REFERRALS_WITHIN GROUP BY 1
        """
            .replace("ANSWER_TIME", ANSWER_TIME),
        groupBy,
        "r.receiving_agency",
        AnswerTimes.class,
        (row, tally) -> {
          tally.answered = row.answered();
          tally.median = row.median();
          tally.p90 = row.p90();
          tally.escalated = row.escalated();
          tally.toFullShelters = row.toFullShelters();
        },
        groups);
    query(
        period,
        """
        SELECT %s AS group_key,
               count(*) FILTER (WHERE d.status = 'ACKNOWLEDGED') AS acknowledged,
               count(*) FILTER (WHERE d.status IN ('PLANNED', 'DISPATCHED')) AS pending
        FROM shelter_delivery d %s WHERE DELIVERIES_WITHIN GROUP BY 1
        """,
        groupBy,
        "d.receiving_agency",
        DeliveryCounts.class,
        (row, tally) -> {
          tally.acknowledged = row.acknowledged();
          tally.pending = row.pending();
        },
        groups);
    query(
        period,
        """
        SELECT %s AS group_key, u.audience, count(*) AS n
        FROM training_completion c
        JOIN training_session s USING (training_session_id)
        CROSS JOIN LATERAL unnest(coalesce(s.audiences, ARRAY[s.audience])) AS u(audience) %s
        WHERE NOT c.voided AND NOT s.cancelled AND SESSIONS_WITHIN
        GROUP BY 1, 2
        """,
        groupBy,
        "s.trainer_agency",
        CompletionCount.class,
        (row, tally) -> tally.completions.merge(row.audience(), row.n(), Long::sum),
        groups);
    // The same completions credited to the trainees' agencies (the agency each was enrolled for).
    query(
        period,
        """
        SELECT %s AS group_key, count(*) AS n
        FROM training_completion c
        JOIN training_session s USING (training_session_id)
        JOIN staff_enrolment e
          ON e.training_session_id = c.training_session_id AND e.staff_id = c.staff_id %s
        WHERE NOT c.voided AND NOT s.cancelled AND SESSIONS_WITHIN
        GROUP BY 1
        """,
        groupBy,
        "e.agency",
        TraineeCompletions.class,
        (row, tally) -> tally.traineeCompletions = row.n(),
        groups);
    query(
        period,
        """
        SELECT %s AS group_key, count(*) AS n
        FROM training_completion c
        JOIN training_session s USING (training_session_id) %s
        WHERE NOT c.voided AND NOT s.cancelled AND SESSIONS_WITHIN
        GROUP BY 1
        """,
        groupBy,
        "s.trainer_agency",
        TraineeCompletions.class,
        (row, tally) -> tally.trainerCompletions = row.n(),
        groups);
    return groups;
  }

  /**
   * Runs {@code sql}, whose first placeholder takes the group key and whose second the join with
   * the agencies view on {@code agencyColumn}, and adds each row, a {@code rowType}, to its group's
   * tally.
   */
  private <R extends Grouped> void query(
      OverviewPeriod period,
      String sql,
      OverviewGrouping groupBy,
      String agencyColumn,
      Class<R> rowType,
      BiConsumer<R, Tally> into,
      Map<String, Tally> groups) {
    String key =
        groupBy == null
            ? "NULL::text"
            : groupBy == OverviewGrouping.AGENCY ? agencyColumn : "a.state";
    String join = "LEFT JOIN agency a ON a.agency_id = " + agencyColumn;
    String within =
        sql.formatted(key, join)
            .replace("REFERRALS_WITHIN", period.within("coalesce(r.stated_issued_at, r.issued_at)"))
            .replace("DELIVERIES_WITHIN", period.within(OverviewPeriod.dayStart("d.occurred_on")))
            .replace("SESSIONS_WITHIN", period.within(OverviewPeriod.dayStart("s.held_on")));
    jdbc.query(within, period.bind(new MapSqlParameterSource()), Rows.of(rowType))
        .forEach(row -> into.accept(row, groups.computeIfAbsent(row.groupKey(), k -> new Tally())));
  }

  private Map<String, AgencyRow> agencies() {
    Map<String, AgencyRow> agencies = new HashMap<>();
    jdbc.query("SELECT agency_id, name, acronym, state FROM agency", Rows.of(AgencyRow.class))
        .forEach(agency -> agencies.put(agency.agencyId(), agency));
    return agencies;
  }

  private record AgencyRow(String agencyId, String name, String acronym, String state) {}

  /** A result row counted for the group {@code groupKey}. */
  private interface Grouped {
    String groupKey();
  }

  private record ReferralCount(String groupKey, ReferralState state, Urgency urgency, long n)
      implements Grouped {}

  /** Answer times to the millisecond (rounded as {@link Math#round} rounds); null if none. */
  private record AnswerTimes(
      String groupKey,
      long answered,
      Duration median,
      Duration p90,
      long escalated,
      long toFullShelters)
      implements Grouped {}

  private record DeliveryCounts(String groupKey, long acknowledged, long pending)
      implements Grouped {}

  private record CompletionCount(String groupKey, TrainingAudience audience, long n)
      implements Grouped {}

  private record TraineeCompletions(String groupKey, long n) implements Grouped {}

  /** One group's figures while they are counted; every count starts at zero. */
  private static final class Tally {
    private final Map<ReferralState, Long> byState = zeros(ReferralState.class);
    private final Map<Urgency, Long> byUrgency = zeros(Urgency.class);
    private final Map<TrainingAudience, Long> completions = zeros(TrainingAudience.class);
    private long answered;
    private Duration median;
    private Duration p90;
    private long escalated;
    private long toFullShelters;
    private long acknowledged;
    private long pending;
    private long trainerCompletions;
    private long traineeCompletions;

    /** The figures of group {@code group} of {@code level}, referral counts as {@code shown}. */
    OverviewFigures figures(ReferralCounts shown, String level, String group) {
      Map<ReferralState, Long> states = new EnumMap<>(ReferralState.class);
      Map<ReferralState, String> statesShown = new EnumMap<>(ReferralState.class);
      shownInto(byState, shown, level, group, states, statesShown);
      Map<Urgency, Long> urgencies = new EnumMap<>(Urgency.class);
      Map<Urgency, String> urgenciesShown = new EnumMap<>(Urgency.class);
      shownInto(byUrgency, shown, level, group, urgencies, urgenciesShown);
      boolean fewAnswered = shown != ReferralCounts.PLAIN && SmallCounts.small(answered);
      return new OverviewFigures(
          states,
          statesShown,
          urgencies,
          urgenciesShown,
          shown.value(level, group, ReferralCounts.ANSWERED, answered),
          shown.shown(level, group, ReferralCounts.ANSWERED, answered),
          fewAnswered ? null : median,
          fewAnswered ? null : p90,
          shown.value(level, group, ReferralCounts.ESCALATED, escalated),
          shown.shown(level, group, ReferralCounts.ESCALATED, escalated),
          shown.value(level, group, ReferralCounts.TO_FULL_SHELTERS, toFullShelters),
          shown.shown(level, group, ReferralCounts.TO_FULL_SHELTERS, toFullShelters),
          acknowledged,
          pending,
          completions,
          trainerCompletions,
          traineeCompletions);
    }

    /**
     * Each of {@code counts}, named by its key, into {@code texts} as shown and, unless withheld,
     * into {@code values} (a withheld count is left out of the map, which documents no null).
     */
    private static <E extends Enum<E>> void shownInto(
        Map<E, Long> counts,
        ReferralCounts shown,
        String level,
        String group,
        Map<E, Long> values,
        Map<E, String> texts) {
      counts.forEach(
          (key, n) -> {
            Long value = shown.value(level, group, key.name(), n);
            if (value != null) {
              values.put(key, value);
            }
            texts.put(key, shown.shown(level, group, key.name(), n));
          });
    }

    /** This group's referrals, whether counted by state or by urgency. */
    long referrals() {
      return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    /** This group's referral counts by {@link ReferralCounts} figure name. */
    Map<String, Long> referralCounts() {
      Map<String, Long> figures = new LinkedHashMap<>();
      figures.put(ReferralCounts.REFERRALS, referrals());
      byState.forEach((state, n) -> figures.put(state.name(), n));
      byUrgency.forEach((urgency, n) -> figures.put(urgency.name(), n));
      figures.put(ReferralCounts.ANSWERED, answered);
      figures.put(ReferralCounts.ESCALATED, escalated);
      figures.put(ReferralCounts.TO_FULL_SHELTERS, toFullShelters);
      return figures;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
      Map<E, Long> counts = new EnumMap<>(type);
      for (E value : type.getEnumConstants()) {
        counts.put(value, 0L);
      }
      return counts;
    }
  }
}
