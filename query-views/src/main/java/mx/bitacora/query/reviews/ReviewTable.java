package mx.bitacora.query.reviews;

import java.sql.Array;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.ReviewConcludedEvent;
import mx.bitacora.events.review.ReviewCriterion;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewScope;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes reviews and their criteria: a review and each criterion are inserted once; the conclusion
 * applies only above the review row's last sequence number.
 */
@Repository
class ReviewTable {

  private final NamedParameterJdbcTemplate jdbc;

  ReviewTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordOpened(ReviewOpenedEvent opened, RecordedEvent recorded) {
    ReviewScope scope = opened.scope();
    jdbc.update(
        """
            INSERT INTO review (review_id, title, scope_agencies, scope_project_id,
                scope_shelter_id, scope_from, scope_to, opened_on, opened_position, last_sequence)
            VALUES (:reviewId, :title, :agencies, :projectId, :shelterId, :from, :to, :openedOn,
                :position, :sequence)
            ON CONFLICT (review_id) DO NOTHING
            """,
        new MapSqlParameterSource("reviewId", opened.reviewId().value())
            .addValue("title", opened.title())
            .addValue("agencies", agencies(scope.agencies()))
            .addValue("projectId", scope.projectId() == null ? null : scope.projectId().value())
            .addValue("shelterId", scope.shelterId() == null ? null : scope.shelterId().value())
            .addValue("from", scope.from())
            .addValue("to", scope.to())
            .addValue("openedOn", opened.openedOn())
            .addValue("position", recorded.globalPosition())
            .addValue("sequence", recorded.sequenceNumber()));
    List<ReviewCriterion> criteria = opened.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      jdbc.update(
          """
          INSERT INTO review_criterion (review_id, ordinal, code, description)
          VALUES (:reviewId, :ordinal, :code, :description)
          ON CONFLICT (review_id, ordinal) DO NOTHING
          """,
          new MapSqlParameterSource("reviewId", opened.reviewId().value())
              .addValue("ordinal", i)
              .addValue("code", criteria.get(i).code())
              .addValue("description", criteria.get(i).description()));
    }
  }

  void recordConcluded(ReviewConcludedEvent concluded, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE review SET concluded = TRUE, conclusion = :conclusion,
            concluded_on = :concludedOn, concluded_position = :position,
            last_sequence = :sequence
        WHERE review_id = :reviewId AND last_sequence < :sequence
        """,
        new MapSqlParameterSource("reviewId", concluded.reviewId().value())
            .addValue("conclusion", concluded.conclusion())
            .addValue("concludedOn", concluded.concludedOn())
            .addValue("position", recorded.globalPosition())
            .addValue("sequence", recorded.sequenceNumber()));
  }

  private Array agencies(List<AgencyId> agencies) {
    String[] slugs = agencies.stream().map(AgencyId::value).toArray(String[]::new);
    return jdbc.getJdbcTemplate()
        .execute(
            (ConnectionCallback<Array>) connection -> connection.createArrayOf("varchar", slugs));
  }
}
