package mx.bitacora.query.myagency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.referrals.ReferralState;
import mx.bitacora.query.rows.Rows;
import mx.bitacora.query.shelterdeliveries.DeliveryStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the my-agency view from the read model at query time, in one snapshot (repeatable read),
 * so that totals, months, states and the listed items agree. Every kind of activity is one branch
 * of one common table expression over the existing views (referrals, deliveries, training,
 * enrolments, the audit trail), all of them restricted to the caller's agency.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class MyAgencyQueries {

  private static final String STANDING_COMPLETION =
      "SELECT 1 FROM training_completion c"
          + " WHERE c.training_session_id = s.training_session_id AND NOT c.voided";

  /**
   * Every activity of the agency {@code :agency}, one row each: kind, id, record time, state, and
   * the facts of its kind. Referral ids only of referrals the agency issued or receives (as
   * ReferralVisibility shows agency staff), never their case reference.
   */
  private static final String ACTIVITY =
      """
      WITH activity AS (
        SELECT 'REFERRAL_ISSUED' AS kind, r.referral_id::text AS id, r.issued_at AS recorded_at,
               0::bigint AS ordinal, r.state, r.receiving_agency AS counterpart,
               r.receiving_shelter AS shelter_id,
               extract(epoch FROM r.answered_at - r.issued_at) AS seconds_to_answer,
               NULL::integer AS discrepancy_lines, NULL::text AS corrected_type,
               NULL::text AS corrected_id
        FROM referral r WHERE r.issuing_agency = :agency
        UNION ALL
        SELECT 'REFERRAL_RECEIVED', r.referral_id::text, r.issued_at, 0, r.state,
               r.issuing_agency, r.receiving_shelter,
               extract(epoch FROM r.answered_at - r.issued_at), NULL, NULL, NULL
        FROM referral r WHERE r.receiving_agency = :agency
        UNION ALL
        SELECT 'DELIVERY_GIVEN', d.delivery_id::text, d.planned_at, 0, d.status,
               d.receiving_agency, d.receiving_shelter, NULL, %1$s, NULL, NULL
        FROM shelter_delivery d
        WHERE d.funding_agency = :agency OR :agency = ANY (d.delivering_agencies)
        UNION ALL
        SELECT 'DELIVERY_RECEIVED', d.delivery_id::text, d.planned_at, 0, d.status,
               d.funding_agency, d.receiving_shelter, NULL, %1$s, NULL, NULL
        FROM shelter_delivery d WHERE d.receiving_agency = :agency
        UNION ALL
        SELECT 'TRAINING_GIVEN', s.training_session_id::text, s.scheduled_at, 0,
               CASE WHEN s.cancelled THEN 'CANCELLED'
                    WHEN EXISTS (%2$s) THEN 'COMPLETED' ELSE 'SCHEDULED' END,
               NULL, NULL, NULL, NULL, NULL, NULL
        FROM training_session s WHERE s.trainer_agency = :agency
        UNION ALL
        SELECT 'STAFF_TRAINED', c.training_session_id::text, a.recorded_at, c.sequence_number,
               'COMPLETED', s.trainer_agency, NULL, NULL, NULL, NULL, NULL
        FROM training_completion c
        JOIN staff_enrolment e
          ON e.training_session_id = c.training_session_id AND e.staff_id = c.staff_id
        JOIN training_session s ON s.training_session_id = c.training_session_id
        JOIN audit_trail a
          ON a.aggregate_type = 'TrainingSession'
         AND a.aggregate_id = c.training_session_id::text
         AND a.sequence_number = c.sequence_number
        WHERE e.agency = :agency AND NOT c.voided AND NOT s.cancelled
        UNION ALL
        SELECT 'CORRECTION_MADE', a.event_id, a.recorded_at, 0, a.event_type, NULL, NULL, NULL,
               NULL, o.event_type,
               CASE a.aggregate_type
                 WHEN 'Referral' THEN (
                   SELECT r.referral_id::text FROM referral r
                   WHERE r.referral_id::text = a.aggregate_id
                     AND (r.issuing_agency = :agency OR r.receiving_agency = :agency))
                 WHEN 'Delivery' THEN (
                   SELECT d.delivery_id::text FROM shelter_delivery d
                   WHERE d.delivery_id::text = a.aggregate_id
                     AND d.involved_agencies @> ARRAY[CAST(:agency AS text)])
                 WHEN 'TrainingSession' THEN (
                   SELECT s.training_session_id::text FROM training_session s
                   WHERE s.training_session_id::text = a.aggregate_id
                     AND s.trainer_agency = :agency)
               END
        FROM audit_trail a
        LEFT JOIN audit_trail o ON o.event_id = a.corrects
        WHERE a.corrects IS NOT NULL AND a.actor_agency = :agency
      )
      """
          .formatted(
              "CASE WHEN d.status = 'ACKNOWLEDGED' THEN (SELECT count(*)::integer"
                  + " FROM shelter_delivery_item i WHERE i.delivery_id = d.delivery_id"
                  + " AND (i.acknowledged_quantity <> i.planned_quantity"
                  + " OR i.discrepancy_note IS NOT NULL)) END",
              STANDING_COMPLETION);

  private static final String MONTH = "to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM')";

  /** Seconds (double precision) rounded to the millisecond as {@link Math#round} rounds. */
  private static final String TO_THE_MILLISECOND = "floor(%s::float8 * 1000 + 0.5)::numeric / 1000";

  /** GROUPING(state, month) of the rows grouped by kind and state, and by kind and month. */
  private static final int BY_STATE = 1;

  private static final int BY_MONTH = 2;

  private final NamedParameterJdbcTemplate jdbc;

  MyAgencyQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  MyAgencySummary summary(AgencyId agency, ActivityPeriod period) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("agency", agency.value());
    String within = period.condition(parameters);
    Map<ActivityKind, Long> totals = zeros();
    Map<ActivityKind, Map<String, Long>> byState = statesOf();
    Map<ActivityKind, Long> withDiscrepancies = new EnumMap<>(ActivityKind.class);
    withDiscrepancies.put(ActivityKind.DELIVERY_GIVEN, 0L);
    withDiscrepancies.put(ActivityKind.DELIVERY_RECEIVED, 0L);
    Map<String, Map<ActivityKind, Long>> months = new TreeMap<>();
    Map<ActivityKind, MyAgencySummary.AnswerTimes> answers = new EnumMap<>(ActivityKind.class);
    answers.put(ActivityKind.REFERRAL_ISSUED, new MyAgencySummary.AnswerTimes(0, null));
    answers.put(ActivityKind.REFERRAL_RECEIVED, new MyAgencySummary.AnswerTimes(0, null));
    // One pass over the activity for all three groupings (GROUPING names the one a row is for).
    jdbc.query(
            ACTIVITY
                + "SELECT kind, state, month, GROUPING(state, month) AS grouping, count(*) AS n,"
                + " count(*) FILTER (WHERE discrepancy_lines > 0) AS with_discrepancies,"
                + " count(seconds_to_answer) AS answered,"
                + " "
                + TO_THE_MILLISECOND.formatted(
                    "percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds_to_answer)")
                + " AS median"
                + " FROM (SELECT *, "
                + MONTH
                + " AS month FROM activity WHERE "
                + within
                + ") a GROUP BY GROUPING SETS ((kind, state), (kind, month), (kind))",
            parameters,
            Rows.of(Group.class))
        .forEach(
            group -> {
              switch (group.grouping()) {
                case BY_STATE -> {
                  totals.merge(group.kind(), group.n(), Long::sum);
                  byState.get(group.kind()).merge(group.state(), group.n(), Long::sum);
                  withDiscrepancies.computeIfPresent(
                      group.kind(), (k, count) -> count + group.withDiscrepancies());
                }
                case BY_MONTH ->
                    months
                        .computeIfAbsent(group.month(), m -> zeros())
                        .put(group.kind(), group.n());
                default -> {
                  if (answers.containsKey(group.kind())) {
                    answers.put(
                        group.kind(),
                        new MyAgencySummary.AnswerTimes(group.answered(), group.median()));
                  }
                }
              }
            });
    List<String> names =
        jdbc.queryForList(
            "SELECT name FROM agency WHERE agency_id = :agency", parameters, String.class);
    List<MyAgencySummary.MonthCounts> byMonth = new ArrayList<>();
    months.forEach((month, counts) -> byMonth.add(new MyAgencySummary.MonthCounts(month, counts)));
    return new MyAgencySummary(
        agency.value(),
        names.isEmpty() ? null : names.get(0),
        period.from(),
        period.to(),
        totals,
        byState,
        byMonth,
        answers,
        withDiscrepancies);
  }

  MyAgencyActivityPage activity(FindMyAgencyActivityQuery query) {
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("agency", query.agency().value())
            .addValue("kind", query.kind() == null ? null : query.kind().name())
            .addValue("limit", query.size())
            .addValue("offset", query.offset());
    String where =
        " FROM activity WHERE "
            + query.period().condition(parameters)
            + (query.kind() == null ? "" : " AND kind = :kind");
    Long total = jdbc.queryForObject(ACTIVITY + "SELECT count(*)" + where, parameters, Long.class);
    String direction = query.order() == ActivityOrder.OLDEST_FIRST ? "ASC" : "DESC";
    List<ActivityItem> items =
        jdbc.query(
            ACTIVITY
                + "SELECT kind, id, recorded_at, "
                + MONTH
                + " AS month, state, counterpart AS counterpart_agency, shelter_id, "
                + TO_THE_MILLISECOND.formatted("seconds_to_answer")
                + " AS time_to_answer, discrepancy_lines, corrected_type AS corrected_event_type,"
                + " corrected_id"
                + where
                + " ORDER BY recorded_at %1$s, kind %1$s, id %1$s, ordinal %1$s"
                    .formatted(direction)
                + " LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(ActivityItem.class));
    long totalElements = total == null ? 0 : total;
    return new MyAgencyActivityPage(
        query.agency().value(),
        query.kind(),
        query.period().from(),
        query.period().to(),
        query.order(),
        items,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  private static Map<ActivityKind, Long> zeros() {
    Map<ActivityKind, Long> counts = new EnumMap<>(ActivityKind.class);
    for (ActivityKind kind : ActivityKind.values()) {
      counts.put(kind, 0L);
    }
    return counts;
  }

  /** Each kind's states, every referral state and delivery status listed, zero included. */
  private static Map<ActivityKind, Map<String, Long>> statesOf() {
    Map<ActivityKind, Map<String, Long>> states = new EnumMap<>(ActivityKind.class);
    for (ActivityKind kind : ActivityKind.values()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      switch (kind) {
        case REFERRAL_ISSUED, REFERRAL_RECEIVED -> {
          for (ReferralState state : ReferralState.values()) {
            counts.put(state.name(), 0L);
          }
        }
        case DELIVERY_GIVEN, DELIVERY_RECEIVED -> {
          for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status.name(), 0L);
          }
        }
        case TRAINING_GIVEN -> {
          counts.put("SCHEDULED", 0L);
          counts.put("COMPLETED", 0L);
          counts.put("CANCELLED", 0L);
        }
        case STAFF_TRAINED, CORRECTION_MADE -> {}
      }
      states.put(kind, counts);
    }
    return states;
  }

  /**
   * One row of the grouped activity: a kind's count per state ({@code grouping} {@link #BY_STATE}),
   * per month ({@link #BY_MONTH}), or in all with its answer times.
   */
  private record Group(
      ActivityKind kind,
      String state,
      String month,
      int grouping,
      long n,
      long withDiscrepancies,
      long answered,
      Duration median) {}
}
