package mx.bitacora.query.referrals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.query.history.EventHistory;
import mx.bitacora.query.rows.Rows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the referral queries from the read model. What the caller may see is part of each query's
 * WHERE clause, so a referral outside it is indistinguishable from one that does not exist. Each
 * answer reads one snapshot, so its count, rows and history agree. Answers carry the case
 * reference; leaving it out for compliance reviewers is {@link ReferralVisibility#shown}'s job,
 * once the access log has the references the caller reached.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ReferralsQueries {

  private static final String REFERRAL_COLUMNS =
      """
      r.referral_id, r.case_reference, coalesce(r.case_agency, r.issuing_agency) AS case_agency,
      r.onward_from, r.issuing_agency, r.receiving_agency, r.receiving_shelter,
      r.service, r.urgency, r.consent_given_on, r.consent_scope, r.consent_expires_on,
      r.consent_withdrawn_on, r.details_amendments, r.case_notes, r.state, r.decline_reason,
      r.closure_outcome, r.closure_reason, r.issued_at, r.answered_at,
      r.stated_issued_at, r.stated_answered_at,
      r.stated_issued_at IS NOT NULL AS business_time_stated,
      coalesce(r.issued_at > r.stated_issued_at + CAST(:lateAfter AS interval)
        OR r.answered_at > r.stated_answered_at + CAST(:lateAfter AS interval), FALSE)
        AS recorded_late,
      extract(epoch FROM CASE
        WHEN r.stated_issued_at IS NOT NULL AND r.stated_answered_at IS NOT NULL
        THEN r.stated_answered_at - r.stated_issued_at
        ELSE r.answered_at - r.issued_at END) AS time_to_answer,
      r.escalated_at IS NOT NULL AS escalated, r.escalated_at, r.updated_at, EXISTS (
        SELECT 1 FROM referral_case_erasure e
         WHERE e.case_reference = r.case_reference
           AND (e.issuing_agency = coalesce(r.case_agency, r.issuing_agency)
                -- an erasure from before cases were scoped to their issuing agency destroyed the
                -- reference's one key: every referral under it issued before the erasure
                OR (e.issuing_agency IS NULL AND NOT EXISTS (
                      SELECT 1 FROM referral_history h
                       WHERE h.referral_id = r.referral_id AND h.sequence_number = 0
                         AND h.global_position > e.global_position)))) AS case_erased
      """;

  private static final String REFERRALS =
      """
       FROM referral r
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final EventHistory history;
  private final String lateAfter;

  ReferralsQueries(
      NamedParameterJdbcTemplate jdbc,
      ObjectMapper json,
      @Value("${bitacora.business-time.late-after:P7D}") Duration lateAfter) {
    this.jdbc = jdbc;
    this.lateAfter = lateAfter.toString();
    this.history =
        new EventHistory(jdbc, json, ReferralHistoryTable.TABLE, ReferralHistoryTable.ID_COLUMN);
  }

  ReferralsPage answer(FindReferralsQuery query) {
    ReferralVisibility visibility = query.visibility();
    MapSqlParameterSource parameters =
        visibility
            .bind(new MapSqlParameterSource())
            .addValue("state", query.state() == null ? null : query.state().name())
            .addValue("urgency", query.urgency() == null ? null : query.urgency().name())
            .addValue("limit", query.size())
            .addValue("offset", query.offset())
            .addValue("lateAfter", lateAfter)
            .addValue("from", utc(query.from()))
            .addValue("to", utc(query.to()))
            .addValue("recordedFrom", utc(query.recordedFrom()))
            .addValue("recordedTo", utc(query.recordedTo()));
    StringBuilder where = new StringBuilder(" WHERE ").append(visibility.condition());
    if (query.direction() == ReferralDirection.RECEIVED) {
      where.append(" AND r.receiving_agency = :visibleToAgency");
    } else if (query.direction() == ReferralDirection.ISSUED) {
      where.append(" AND r.issuing_agency = :visibleToAgency");
    }
    if (query.state() != null) {
      where.append(" AND r.state = :state");
    }
    if (query.urgency() != null) {
      where.append(" AND r.urgency = :urgency");
    }
    if (query.escalated() != null) {
      where.append(
          query.escalated() ? " AND r.escalated_at IS NOT NULL" : " AND r.escalated_at IS NULL");
    }
    if (query.from() != null) {
      where.append(" AND coalesce(r.stated_issued_at, r.issued_at) >= :from");
    }
    if (query.to() != null) {
      where.append(" AND coalesce(r.stated_issued_at, r.issued_at) < :to");
    }
    if (query.recordedFrom() != null) {
      where.append(" AND r.issued_at >= :recordedFrom");
    }
    if (query.recordedTo() != null) {
      where.append(" AND r.issued_at < :recordedTo");
    }
    Long total =
        jdbc.queryForObject("SELECT count(*) FROM referral r" + where, parameters, Long.class);
    List<ReferralSummary> rows =
        jdbc.query(
            "SELECT "
                + REFERRAL_COLUMNS
                + REFERRALS
                + where
                + " ORDER BY coalesce(r.stated_issued_at, r.issued_at) DESC, r.issued_at DESC,"
                + " r.referral_id LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(ReferralSummary.class));
    long totalElements = total == null ? 0 : total;
    return new ReferralsPage(
        query.direction(),
        query.state(),
        query.urgency(),
        query.escalated(),
        query.from(),
        query.to(),
        query.recordedFrom(),
        query.recordedTo(),
        rows,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  Optional<ReferralDetail> answer(FindReferralQuery query) {
    UUID id = query.referralId().value();
    List<ReferralSummary> found =
        jdbc.query(
            "SELECT "
                + REFERRAL_COLUMNS
                + REFERRALS
                + " WHERE r.referral_id = :id AND "
                + query.visibility().condition(),
            query
                .visibility()
                .bind(new MapSqlParameterSource("id", id))
                .addValue("lateAfter", lateAfter),
            Rows.of(ReferralSummary.class));
    return found.stream().findFirst().map(referral -> new ReferralDetail(referral, history.of(id)));
  }

  /**
   * The case and parties of a referral whatever the caller may see, only so that the access log can
   * name what a refused attempt aimed at; never part of an answer.
   */
  Optional<ReferralParties> partiesOf(ReferralId referralId) {
    return jdbc
        .query(
            """
            SELECT case_reference, coalesce(case_agency, issuing_agency) AS case_agency,
                   issuing_agency, receiving_agency FROM referral
            WHERE referral_id = :id
            """,
            new MapSqlParameterSource("id", referralId.value()),
            Rows.of(ReferralParties.class))
        .stream()
        .findFirst();
  }

  private static OffsetDateTime utc(Instant time) {
    return time == null ? null : OffsetDateTime.ofInstant(time, ZoneOffset.UTC);
  }
}
