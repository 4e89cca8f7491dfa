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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the my-agency view from the read model at query time, in one snapshot (repeatable read),
 * so that totals, months, states and the listed items agree. Months, periods and order are of
 * business time (when things happened in the world); record time is shown and filterable too, and
 * an activity recorded more than {@code bitacora.business-time.late-after} (P7D by default) after
 * it happened is flagged {@code recordedLate}. Every kind of activity is one branch of one common
 * table expression over the existing views (referrals, deliveries, training, enrolments, the audit
 * trail), all of them restricted to the caller's agency.
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
  /** A date as the start of its UTC day, and as the end of it. */
  private static final String DAY_START = "(%s::timestamp AT TIME ZONE 'UTC')";

  private static final String DAY_END = "((%s + 1)::timestamp AT TIME ZONE 'UTC')";

  /**
   * Every activity of the agency {@code :agency}, one row each: kind, id, record time, business
   * time (when it happened in the world: {@code business_at}, up to {@code business_until} for a
   * fact dated by day; {@code business_stated} false where the record time stands in for it),
   * state, and the facts of its kind. A referral's business times are those its agency stated, its
   * time to answer runs between them when both are stated, between the record times otherwise.
   * Referral ids only of referrals the agency issued or receives (as ReferralVisibility shows
   * agency staff), never their case reference.
   */
  private static final String ACTIVITY =
      """
      WITH activity AS (
        SELECT 'REFERRAL_ISSUED' AS kind, r.referral_id::text AS id, r.issued_at AS recorded_at,
               coalesce(r.stated_issued_at, r.issued_at) AS business_at,
               coalesce(r.stated_issued_at, r.issued_at) AS business_until,
               r.stated_issued_at IS NOT NULL AS business_stated,
               0::bigint AS ordinal, r.state, r.receiving_agency AS counterpart,
               r.receiving_shelter AS shelter_id, %3$s AS seconds_to_answer,
               NULL::integer AS discrepancy_lines, NULL::text AS corrected_type,
               NULL::text AS corrected_id
        FROM referral r WHERE r.issuing_agency = :agency
        UNION ALL
        SELECT 'REFERRAL_RECEIVED', r.referral_id::text, r.issued_at,
               coalesce(r.stated_issued_at, r.issued_at), coalesce(r.stated_issued_at, r.issued_at),
               r.stated_issued_at IS NOT NULL, 0, r.state,
               r.issuing_agency, r.receiving_shelter, %3$s, NULL, NULL, NULL
        FROM referral r WHERE r.receiving_agency = :agency
        UNION ALL
        SELECT 'DELIVERY_GIVEN', d.delivery_id::text, d.planned_at, %4$s, %5$s, TRUE, 0, d.status,
               d.receiving_agency, d.receiving_shelter, NULL, %1$s, NULL, NULL
        FROM shelter_delivery d
        WHERE d.funding_agency = :agency OR :agency = ANY (d.delivering_agencies)
        UNION ALL
        SELECT 'DELIVERY_RECEIVED', d.delivery_id::text, d.planned_at, %4$s, %5$s, TRUE, 0,
               d.status, d.funding_agency, d.receiving_shelter, NULL, %1$s, NULL, NULL
        FROM shelter_delivery d WHERE d.receiving_agency = :agency
        UNION ALL
        SELECT 'TRAINING_GIVEN', s.training_session_id::text, s.scheduled_at, %6$s, %7$s, TRUE, 0,
               CASE WHEN s.cancelled THEN 'CANCELLED'
                    WHEN EXISTS (%2$s) THEN 'COMPLETED' ELSE 'SCHEDULED' END,
               NULL, NULL, NULL, NULL, NULL, NULL
        FROM training_session s WHERE s.trainer_agency = :agency
        UNION ALL
        SELECT 'STAFF_TRAINED', c.training_session_id::text, a.recorded_at, %6$s, %7$s, TRUE,
               c.sequence_number, 'COMPLETED', s.trainer_agency, NULL, NULL, NULL, NULL, NULL
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
        SELECT 'CORRECTION_MADE', a.event_id, a.recorded_at, a.recorded_at, a.recorded_at, FALSE,
               0, a.event_type, NULL, NULL, NULL, NULL, o.event_type,
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
      ), dated AS (
        SELECT *, recorded_at > business_until + CAST(:lateAfter AS interval) AS recorded_late
        FROM activity
      )
      """
          .formatted(
              "CASE WHEN d.status = 'ACKNOWLEDGED' THEN (SELECT count(*)::integer"
                  + " FROM shelter_delivery_item i WHERE i.delivery_id = d.delivery_id"
                  + " AND (i.acknowledged_quantity <> i.planned_quantity"
                  + " OR i.discrepancy_note IS NOT NULL)) END",
              STANDING_COMPLETION,
              "extract(epoch FROM CASE"
                  + " WHEN r.stated_issued_at IS NOT NULL AND r.stated_answered_at IS NOT NULL"
                  + " THEN r.stated_answered_at - r.stated_issued_at"
                  + " ELSE r.answered_at - r.issued_at END)",
              DAY_START.formatted("d.occurred_on"),
              DAY_END.formatted("d.occurred_on"),
              DAY_START.formatted("s.held_on"),
              DAY_END.formatted("s.held_on"));

  /** The UTC month of business time, such as {@code 2022-10}. */
  private static final String MONTH = "to_char(business_at AT TIME ZONE 'UTC', 'YYYY-MM')";

  /** Seconds (double precision) rounded to the millisecond as {@link Math#round} rounds. */
  private static final String TO_THE_MILLISECOND = "floor(%s::float8 * 1000 + 0.5)::numeric / 1000";

  /** GROUPING(state, month) of the rows grouped by kind and state, and by kind and month. */
  private static final int BY_STATE = 1;

  private static final int BY_MONTH = 2;

  private final NamedParameterJdbcTemplate jdbc;
  private final Duration lateAfter;

  MyAgencyQueries(
      NamedParameterJdbcTemplate jdbc,
      @Value("${bitacora.business-time.late-after:P7D}") Duration lateAfter) {
    this.jdbc = jdbc;
    this.lateAfter = lateAfter;
  }

  MyAgencySummary summary(AgencyId agency, ActivityPeriod period) {
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("agency", agency.value())
            .addValue("lateAfter", lateAfter.toString());
    String within = period.condition(parameters);
    Map<ActivityKind, Long> totals = zeros();
    Map<ActivityKind, Long> recordedLate = zeros();
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
                + " count(*) FILTER (WHERE recorded_late) AS recorded_late,"
                + " count(seconds_to_answer) AS answered,"
                + " "
                + TO_THE_MILLISECOND.formatted(
                    "percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds_to_answer)")
                + " AS median"
                + " FROM (SELECT *, "
                + MONTH
                + " AS month FROM dated WHERE "
                + within
                + ") a GROUP BY GROUPING SETS ((kind, state), (kind, month), (kind))",
            parameters,
            Rows.of(Group.class))
        .forEach(
            group -> {
              switch (group.grouping()) {
                case BY_STATE -> {
                  totals.merge(group.kind(), group.n(), Long::sum);
                  recordedLate.merge(group.kind(), group.recordedLate(), Long::sum);
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
        period.recordedFrom(),
        period.recordedTo(),
        totals,
        byState,
        byMonth,
        answers,
        withDiscrepancies,
        recordedLate);
  }

  MyAgencyActivityPage activity(FindMyAgencyActivityQuery query) {
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("agency", query.agency().value())
            .addValue("kind", query.kind() == null ? null : query.kind().name())
            .addValue("lateAfter", lateAfter.toString())
            .addValue("limit", query.size())
            .addValue("offset", query.offset());
    String where =
        " FROM dated WHERE "
            + query.period().condition(parameters)
            + (query.kind() == null ? "" : " AND kind = :kind");
    Long total = jdbc.queryForObject(ACTIVITY + "SELECT count(*)" + where, parameters, Long.class);
    String direction = query.order() == ActivityOrder.OLDEST_FIRST ? "ASC" : "DESC";
    List<ActivityItem> items =
        jdbc.query(
            ACTIVITY
                + "SELECT kind, id, recorded_at, business_at AS occurred_at,"
                + " business_stated AS business_time_stated, recorded_late, "
                + MONTH
                + " AS month, state, counterpart AS counterpart_agency, shelter_id, "
                + TO_THE_MILLISECOND.formatted("seconds_to_answer")
                + " AS time_to_answer, discrepancy_lines, corrected_type AS corrected_event_type,"
                + " corrected_id"
                + where
                + " ORDER BY business_at %1$s, recorded_at %1$s, kind %1$s, id %1$s, ordinal %1$s"
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
        query.period().recordedFrom(),
        query.period().recordedTo(),
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
      long recordedLate,
      long answered,
      Duration median) {}
}
