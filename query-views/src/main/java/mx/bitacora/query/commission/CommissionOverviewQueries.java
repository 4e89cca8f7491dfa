package mx.bitacora.query.commission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.query.referrals.ReferralState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the overview's figures in the read model, per group and for the whole network, in one
 * snapshot (repeatable read), so that groups and totals agree. Referrals and deliveries count for
 * their receiving agency, training completions for the session's trainer agency; grouped by state,
 * each counts for its agency's state (from the agencies view).
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class CommissionOverviewQueries {

  private final NamedParameterJdbcTemplate jdbc;

  CommissionOverviewQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  CommissionOverview overview(OverviewGrouping groupBy) {
    Map<String, Tally> groups = tally(groupBy);
    Map<String, AgencyRow> agencies = agencies();
    for (AgencyRow agency : agencies.values()) {
      groups.computeIfAbsent(
          groupBy == OverviewGrouping.AGENCY ? agency.agencyId() : agency.state(),
          key -> new Tally());
    }
    List<OverviewGroup> listed = new ArrayList<>();
    groups.forEach(
        (key, tally) -> {
          if (groupBy == OverviewGrouping.STATE) {
            listed.add(new OverviewGroup(null, null, null, key, tally.figures()));
          } else {
            AgencyRow agency = agencies.getOrDefault(key, new AgencyRow(key, null, null, null));
            listed.add(
                new OverviewGroup(
                    key, agency.name(), agency.acronym(), agency.state(), tally.figures()));
          }
        });
    listed.sort(
        Comparator.comparing(
            groupBy == OverviewGrouping.STATE ? OverviewGroup::state : OverviewGroup::agencyId,
            Comparator.nullsLast(Comparator.naturalOrder())));
    Tally network = tally(null).getOrDefault(null, new Tally());
    return new CommissionOverview(groupBy, listed, network.figures());
  }

  /** Every figure per group key; {@code groupBy} null counts the whole network under key null. */
  private Map<String, Tally> tally(OverviewGrouping groupBy) {
    Map<String, Tally> groups = new HashMap<>();
    query(
        "SELECT %s AS group_key, r.state, r.urgency, count(*) AS n"
            + " FROM referral r %s GROUP BY 1, 2, 3",
        groupBy,
        "r.receiving_agency",
        (row, tally) -> {
          long n = row.getLong("n");
          tally.byState.merge(ReferralState.valueOf(row.getString("state")), n, Long::sum);
          tally.byUrgency.merge(Urgency.valueOf(row.getString("urgency")), n, Long::sum);
        },
        groups);
    query(
        """
        SELECT %s AS group_key, count(r.answered_at) AS answered,
               percentile_cont(0.5) WITHIN GROUP (
                   ORDER BY extract(epoch FROM r.answered_at - r.issued_at)) AS median,
               percentile_cont(0.9) WITHIN GROUP (
                   ORDER BY extract(epoch FROM r.answered_at - r.issued_at)) AS p90,
               count(r.escalated_at) AS escalated
        FROM referral r %s GROUP BY 1
        """,
        groupBy,
        "r.receiving_agency",
        (row, tally) -> {
          tally.answered = row.getLong("answered");
          tally.median = seconds(row, "median");
          tally.p90 = seconds(row, "p90");
          tally.escalated = row.getLong("escalated");
        },
        groups);
    query(
        """
        SELECT %s AS group_key,
               count(*) FILTER (WHERE d.status = 'ACKNOWLEDGED') AS acknowledged,
               count(*) FILTER (WHERE d.status IN ('PLANNED', 'DISPATCHED')) AS pending
        FROM shelter_delivery d %s GROUP BY 1
        """,
        groupBy,
        "d.receiving_agency",
        (row, tally) -> {
          tally.acknowledged = row.getLong("acknowledged");
          tally.pending = row.getLong("pending");
        },
        groups);
    query(
        """
        SELECT %s AS group_key, s.audience, count(*) AS n
        FROM training_completion c
        JOIN training_session s USING (training_session_id) %s
        WHERE NOT c.voided AND NOT s.cancelled
        GROUP BY 1, 2
        """,
        groupBy,
        "s.trainer_agency",
        (row, tally) ->
            tally.completions.merge(
                TrainingAudience.valueOf(row.getString("audience")), row.getLong("n"), Long::sum),
        groups);
    return groups;
  }

  /**
   * Runs {@code sql}, whose first placeholder takes the group key and whose second the join with
   * the agencies view on {@code agencyColumn}, and adds each row to its group's tally.
   */
  private void query(
      String sql,
      OverviewGrouping groupBy,
      String agencyColumn,
      RowInto into,
      Map<String, Tally> groups) {
    String key =
        groupBy == null
            ? "NULL::text"
            : groupBy == OverviewGrouping.AGENCY ? agencyColumn : "a.state";
    String join = "LEFT JOIN agency a ON a.agency_id = " + agencyColumn;
    jdbc.query(
        sql.formatted(key, join),
        new MapSqlParameterSource(),
        row -> {
          into.add(row, groups.computeIfAbsent(row.getString("group_key"), k -> new Tally()));
        });
  }

  private Map<String, AgencyRow> agencies() {
    Map<String, AgencyRow> agencies = new HashMap<>();
    jdbc.query(
        "SELECT agency_id, name, acronym, state FROM agency",
        row -> {
          AgencyRow agency =
              new AgencyRow(
                  row.getString("agency_id"),
                  row.getString("name"),
                  row.getString("acronym"),
                  row.getString("state"));
          agencies.put(agency.agencyId(), agency);
        });
    return agencies;
  }

  /** A number of seconds as a duration to the millisecond; null stays null. */
  private static Duration seconds(ResultSet row, String column) throws SQLException {
    double seconds = row.getDouble(column);
    return row.wasNull() ? null : Duration.ofMillis(Math.round(seconds * 1000));
  }

  private record AgencyRow(String agencyId, String name, String acronym, String state) {}

  /** Adds one result row to a group's tally. */
  private interface RowInto {
    void add(ResultSet row, Tally tally) throws SQLException;
  }

  /** One group's figures while they are counted; every count starts at zero. */
  private static final class Tally {
    private final Map<ReferralState, Long> byState = zeros(ReferralState.class);
    private final Map<Urgency, Long> byUrgency = zeros(Urgency.class);
    private final Map<TrainingAudience, Long> completions = zeros(TrainingAudience.class);
    private long answered;
    private Duration median;
    private Duration p90;
    private long escalated;
    private long acknowledged;
    private long pending;

    OverviewFigures figures() {
      return new OverviewFigures(
          byState, byUrgency, answered, median, p90, escalated, acknowledged, pending, completions);
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
