package mx.bitacora.query.commitments;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentKind;
import mx.bitacora.platform.problem.RejectedException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the commitment queries from this view's own tables in one snapshot (repeatable read). The
 * status is computed here, against today ({@link CommitmentCalendar}); what the caller may see is
 * part of the WHERE clause, so a commitment outside it is indistinguishable from an unknown one.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class CommitmentsQueries {

  private static final String COLUMNS =
      "c.*, trim_scale(c.promised) AS promised_figure, trim_scale(c.achieved) AS achieved_figure, "
          + CommitmentStatus.SQL
          + " AS status";

  /** The facts of one commitment, by kind, over {@code commitment c} chosen by :commitmentId. */
  private static final String DELIVERY_FACTS =
      """
      SELECT d.receipt_position AS position, 'DELIVERY_RECEIVED' AS fact, d.received_on AS on_date,
             trim_scale(sum(coalesce(l.received, l.planned))) AS amount, TRUE AS counts,
             d.delivery_id::text AS reference, NULL AS staff_id
      FROM commitment c
      JOIN commitment_delivery d ON d.shelter_id = c.shelter_id
      JOIN commitment_delivery_line l ON l.delivery_id = d.delivery_id
      WHERE c.commitment_id = :commitmentId AND NOT d.voided
        AND d.received_on BETWEEN c.counts_from AND c.due_on
        AND l.item_key = c.item_key AND l.unit_key = c.unit_key
      GROUP BY d.delivery_id, d.receipt_position, d.received_on
      ORDER BY position, reference
      """;

  private static final String TRAINING_FACTS =
      """
      SELECT p.completion_position AS position, 'TRAINING_COMPLETED' AS fact, s.held_on AS on_date,
             1 AS amount, TRUE AS counts, p.training_session_id::text AS reference, p.staff_id
      FROM commitment c
      JOIN commitment_training_participant p ON p.agency = c.trainee_agency AND p.completed
      JOIN commitment_training_session s ON s.training_session_id = p.training_session_id
      WHERE c.commitment_id = :commitmentId AND NOT s.cancelled AND c.audience = ANY (coalesce(s.audiences, ARRAY[s.audience]))
        AND s.held_on BETWEEN c.counts_from AND c.due_on
      ORDER BY position, reference
      """;

  private static final String ANSWER_FACTS =
      """
      SELECT CASE WHEN r.answered AND NOT r.escalated THEN r.answer_position
                  WHEN r.escalated THEN r.escalation_position
                  ELSE r.issued_position END AS position,
             CASE WHEN r.answered AND NOT r.escalated THEN 'REFERRAL_ANSWERED_IN_TIME'
                  WHEN r.escalated THEN 'REFERRAL_ANSWER_LIMIT_PASSED'
                  ELSE 'REFERRAL_AWAITING_ANSWER' END AS fact,
             r.issued_on AS on_date, 1 AS amount, (r.answered AND NOT r.escalated) AS counts,
             r.referral_id::text AS reference, NULL AS staff_id
      FROM commitment c
      JOIN commitment_referral r ON r.receiving_agency = ANY (c.committing_agencies)
      WHERE c.commitment_id = :commitmentId AND NOT r.withdrawn
        AND r.issued_on BETWEEN c.counts_from AND c.due_on
      ORDER BY position, reference
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final CommitmentCalendar calendar;

  CommitmentsQueries(NamedParameterJdbcTemplate jdbc, CommitmentCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  CommitmentsPage answer(FindCommitmentsQuery query) {
    MapSqlParameterSource parameters =
        query
            .visibility()
            .bind(new MapSqlParameterSource("limit", query.size()))
            .addValue("offset", query.offset())
            .addValue("today", calendar.today());
    StringBuilder where =
        new StringBuilder(" FROM commitment c WHERE ").append(query.visibility().condition());
    if (query.agency() != null) {
      where.append(" AND ").append(CommitmentVisibility.concerning("agency"));
      parameters.addValue("agency", query.agency().value());
    }
    if (query.shelter() != null) {
      where.append(" AND c.shelter_id = :shelter");
      parameters.addValue("shelter", query.shelter().value());
    }
    if (query.project() != null) {
      where.append(" AND c.project_id = :project");
      parameters.addValue("project", query.project().value());
    }
    if (query.kind() != null) {
      where.append(" AND c.kind = :kind");
      parameters.addValue("kind", query.kind().name());
    }
    if (query.status() != null) {
      where.append(" AND (").append(CommitmentStatus.SQL).append(") = :status");
      parameters.addValue("status", query.status().name());
    }
    Long total = jdbc.queryForObject("SELECT count(*)" + where, parameters, Long.class);
    List<CommitmentSummary> commitments =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + where
                + " ORDER BY c.due_on, c.commitment_id LIMIT :limit OFFSET :offset",
            parameters,
            CommitmentsQueries::summary);
    if (query.visibility().smallCountsWithheld()) {
      commitments = commitments.stream().map(CommitmentSummary::withSmallCountsWithheld).toList();
    }
    long totalElements = total == null ? 0 : total;
    return new CommitmentsPage(
        query.agency() == null ? null : query.agency().value(),
        query.shelter() == null ? null : query.shelter().value(),
        query.project() == null ? null : query.project().toString(),
        query.status(),
        query.kind(),
        commitments,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  CommitmentDetail answer(CommitmentId commitmentId, CommitmentVisibility visibility) {
    MapSqlParameterSource parameters =
        visibility
            .bind(new MapSqlParameterSource("commitmentId", commitmentId.value()))
            .addValue("today", calendar.today());
    List<CommitmentSummary> found =
        jdbc.query(
            "SELECT "
                + COLUMNS
                + " FROM commitment c WHERE c.commitment_id = :commitmentId AND "
                + visibility.condition(),
            parameters,
            CommitmentsQueries::summary);
    if (found.isEmpty()) {
      throw new RejectedException(CommitmentsProblem.COMMITMENT_NOT_FOUND, commitmentId);
    }
    CommitmentSummary commitment = found.get(0);
    String factsQuery =
        switch (commitment.kind()) {
          case DELIVERY -> DELIVERY_FACTS;
          case TRAINING -> TRAINING_FACTS;
          case REFERRAL_ANSWERS -> ANSWER_FACTS;
        };
    List<CommitmentDetail.Fact> facts =
        jdbc.query(
            factsQuery,
            parameters,
            (row, i) ->
                new CommitmentDetail.Fact(
                    row.getObject("position", Long.class),
                    row.getString("fact"),
                    row.getObject("on_date", LocalDate.class),
                    row.getBigDecimal("amount"),
                    row.getBoolean("counts"),
                    row.getString("reference"),
                    row.getString("staff_id")));
    List<CommitmentDetail.Change> changes =
        jdbc.query(
            "SELECT * FROM commitment_change WHERE commitment_id = :commitmentId"
                + " ORDER BY sequence_number",
            parameters,
            (row, i) ->
                new CommitmentDetail.Change(
                    row.getLong("sequence_number"),
                    row.getString("kind"),
                    row.getString("reason"),
                    row.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    row.getString("actor_agency"),
                    row.getObject("global_position", Long.class)));
    if (visibility.smallCountsWithheld()
        && commitment.kind() == CommitmentKind.REFERRAL_ANSWERS
        && commitment.hasSmallCount()) {
      // The facts would count the referrals: withheld with the figures.
      commitment = commitment.withSmallCountsWithheld();
      facts = List.of();
    }
    Long madePosition =
        jdbc.queryForObject(
            "SELECT made_position FROM commitment WHERE commitment_id = :commitmentId",
            parameters,
            Long.class);
    return new CommitmentDetail(commitment, madePosition, facts, changes);
  }

  /**
   * What a review report lists, with statuses on {@code today} and referral counts below 5
   * withheld: the commitments made by or to one of {@code agencies} (of {@code projectId} and to
   * {@code shelterId} when given) whose window meets {@code from}–{@code to}, and those {@code
   * cited}.
   */
  public List<CommitmentSummary> forReview(
      List<String> agencies,
      UUID projectId,
      String shelterId,
      LocalDate from,
      LocalDate to,
      List<UUID> cited,
      LocalDate today) {
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("agencies", agencies.toArray(String[]::new))
            .addValue("projectId", projectId)
            .addValue("shelterId", shelterId)
            .addValue("from", from)
            .addValue("to", to)
            .addValue("cited", cited.toArray(UUID[]::new))
            .addValue("today", today);
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + """
                 FROM commitment c
                WHERE ((c.committing_agencies && CAST(:agencies AS VARCHAR[])
                        OR c.shelter_agency = ANY (CAST(:agencies AS VARCHAR[]))
                        OR c.trainee_agency = ANY (CAST(:agencies AS VARCHAR[])))
                    AND (CAST(:projectId AS UUID) IS NULL OR c.project_id = :projectId)
                    AND (CAST(:shelterId AS VARCHAR) IS NULL OR c.shelter_id IS NULL
                         OR c.shelter_id = :shelterId)
                    AND c.due_on >= :from AND c.counts_from <= :to)
                   OR c.commitment_id = ANY (CAST(:cited AS UUID[]))
                ORDER BY c.due_on, c.commitment_id
                """,
            parameters,
            CommitmentsQueries::summary)
        .stream()
        .map(CommitmentSummary::withSmallCountsWithheld)
        .toList();
  }

  private static CommitmentSummary summary(ResultSet row, int rowNumber) throws SQLException {
    Array committing = row.getArray("committing_agencies");
    return new CommitmentSummary(
        row.getObject("commitment_id", UUID.class),
        CommitmentKind.valueOf(row.getString("kind")),
        CommitmentStatus.valueOf(row.getString("status")),
        Arrays.asList((String[]) committing.getArray()),
        row.getObject("project_id", UUID.class),
        row.getString("shelter_id"),
        row.getString("shelter_agency"),
        row.getString("item"),
        row.getString("unit"),
        row.getString("trainee_agency"),
        row.getString("audience"),
        row.getObject("counts_from", LocalDate.class),
        row.getObject("due_on", LocalDate.class),
        row.getObject("made_on", LocalDate.class),
        row.getBigDecimal("promised_figure"),
        row.getBigDecimal("achieved_figure"),
        row.getBigDecimal("promised_figure").toPlainString(),
        row.getBigDecimal("achieved_figure").toPlainString(),
        row.getInt("revisions"));
  }
}
