package mx.bitacora.query.reviews;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the review queries from this view's own tables in one snapshot (repeatable read). A
 * finding's status is computed here, against today ({@link ReviewCalendar}); what the caller may
 * see is part of the WHERE clause, so a review outside it is indistinguishable from an unknown one
 * and a finding outside it is neither listed nor counted.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ReviewsQueries {

  private static final String STATUS = "(" + FindingStatus.SQL + ")";

  /** A review's columns and the counts of its visible findings, grouped by review. */
  private static final String SUMMARY =
      """
      SELECT r.review_id, r.title,
          CASE WHEN r.concluded THEN 'CONCLUDED' ELSE 'OPEN' END AS status,
          r.scope_agencies, r.scope_project_id, r.scope_shelter_id, r.scope_from, r.scope_to,
          r.opened_on, r.concluded_on, r.conclusion, r.opened_position, r.concluded_position,
          count(f.finding_id) AS findings_total,
          count(f.finding_id) FILTER (WHERE %1$s = 'AWAITING_RESPONSE')
              AS findings_awaiting_response,
          count(f.finding_id) FILTER (WHERE %1$s = 'OVERDUE') AS findings_overdue,
          count(f.finding_id) FILTER (WHERE %1$s = 'ANSWERED') AS findings_answered,
          count(f.finding_id) FILTER (WHERE %1$s = 'ACCEPTED') AS findings_accepted,
          count(f.finding_id) FILTER (WHERE f.escalated_at IS NOT NULL) AS findings_escalated
      FROM review r LEFT JOIN review_finding f ON f.review_id = r.review_id AND %2$s
      WHERE %3$s
      """;

  private static final String FINDINGS =
      """
      SELECT f.*, %s AS status, f.escalated_at IS NOT NULL AS escalated
      FROM review_finding f
      WHERE f.review_id = :reviewId AND %s
      ORDER BY f.recorded_position NULLS LAST, f.recorded_on, f.finding_id
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final ReviewCalendar calendar;

  ReviewsQueries(NamedParameterJdbcTemplate jdbc, ReviewCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  ReviewsPage answer(FindReviewsQuery query) {
    ReviewVisibility visibility = query.visibility();
    MapSqlParameterSource parameters =
        visibility
            .bind(new MapSqlParameterSource("limit", query.size()))
            .addValue("offset", query.offset())
            .addValue("today", calendar.today());
    StringBuilder where = new StringBuilder(visibility.reviews());
    if (query.status() != null) {
      where.append(" AND r.concluded = :concluded");
      parameters.addValue("concluded", query.status() == ReviewStatus.CONCLUDED);
    }
    if (query.agency() != null) {
      where.append(" AND :agency = ANY (r.scope_agencies)");
      parameters.addValue("agency", query.agency().value());
    }
    Long total =
        jdbc.queryForObject("SELECT count(*) FROM review r WHERE " + where, parameters, Long.class);
    List<ReviewSummary> reviews =
        jdbc.query(
            SUMMARY.formatted(STATUS, visibility.findings(), where)
                + " GROUP BY r.review_id"
                + " ORDER BY r.opened_on DESC, r.review_id LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(ReviewSummary.class));
    long totalElements = total == null ? 0 : total;
    return new ReviewsPage(
        query.status(),
        query.agency() == null ? null : query.agency().value(),
        reviews,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  ReviewDetail answer(ReviewId reviewId, ReviewVisibility visibility) {
    return answer(reviewId, visibility, calendar.today());
  }

  /** The whole review, every finding, with statuses on {@code today}: what its report prints. */
  public ReviewDetail wholeReview(ReviewId reviewId, LocalDate today) {
    return answer(reviewId, new ReviewVisibility(null), today);
  }

  /** Whether the review exists in this view (as it stands, or as replayed). */
  public boolean exists(ReviewId reviewId) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM review WHERE review_id = :reviewId)",
            new MapSqlParameterSource("reviewId", reviewId.value()),
            Boolean.class));
  }

  private ReviewDetail answer(ReviewId reviewId, ReviewVisibility visibility, LocalDate today) {
    MapSqlParameterSource parameters =
        visibility
            .bind(new MapSqlParameterSource("reviewId", reviewId.value()))
            .addValue("today", today);
    String where = "r.review_id = :reviewId AND " + visibility.reviews();
    List<ReviewSummary> found =
        jdbc.query(
            SUMMARY.formatted(STATUS, visibility.findings(), where) + " GROUP BY r.review_id",
            parameters,
            Rows.of(ReviewSummary.class));
    if (found.isEmpty()) {
      throw new RejectedException(ReviewsProblem.REVIEW_NOT_FOUND, reviewId);
    }
    Positions positions =
        jdbc.queryForObject(
            "SELECT opened_position, concluded_position FROM review WHERE review_id = :reviewId",
            parameters,
            Rows.of(Positions.class));
    List<ReviewDetail.Criterion> criteria =
        jdbc.query(
            "SELECT code, description FROM review_criterion WHERE review_id = :reviewId"
                + " ORDER BY ordinal",
            parameters,
            Rows.of(ReviewDetail.Criterion.class));
    List<ReviewDetail.Finding> findings =
        jdbc.query(
            FINDINGS.formatted(STATUS, visibility.findings()),
            parameters,
            Rows.of(ReviewDetail.Finding.class));
    return new ReviewDetail(
        found.get(0),
        positions.openedPosition(),
        positions.concludedPosition(),
        criteria,
        findings);
  }

  /** Where the review's opening and conclusion stand in the log. */
  record Positions(Long openedPosition, Long concludedPosition) {}
}
