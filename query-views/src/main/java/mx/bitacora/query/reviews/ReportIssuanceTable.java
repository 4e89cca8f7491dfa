package mx.bitacora.query.reviews;

import java.sql.Timestamp;
import java.util.Optional;
import mx.bitacora.events.review.ReviewReportIssuedEvent;
import mx.bitacora.query.rows.Rows;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes and finds the reports issued of reviews: one row per issuance, by its log position. */
@Repository
public class ReportIssuanceTable {

  private final NamedParameterJdbcTemplate jdbc;

  ReportIssuanceTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordIssued(ReviewReportIssuedEvent issued, RecordedEvent recorded) {
    if (recorded.globalPosition() == null) {
      return; // Only a report whose issuance has a place in the log can be verified against it.
    }
    jdbc.update(
        """
        INSERT INTO review_report (issued_position, review_id, as_of_position, statuses_on,
            format, language, sha256, content_sha256, issued_at, issued_by, issuer_agency)
        VALUES (:position, :reviewId, :asOf, :statusesOn, :format, :language, :sha256,
            :contentSha256, :issuedAt, :issuedBy, :issuerAgency)
        ON CONFLICT (issued_position) DO NOTHING
        """,
        new MapSqlParameterSource("position", recorded.globalPosition())
            .addValue("reviewId", issued.reviewId().value())
            .addValue("asOf", issued.asOfPosition())
            .addValue("statusesOn", issued.statusesOn())
            .addValue("format", issued.format())
            .addValue("language", issued.language())
            .addValue("sha256", issued.sha256())
            .addValue("contentSha256", issued.contentSha256())
            .addValue("issuedAt", Timestamp.from(recorded.recordedAt()))
            .addValue("issuedBy", recorded.actor())
            .addValue("issuerAgency", recorded.actorAgency()));
  }

  /** The first issuance of a file with this SHA-256, if any was recorded. */
  public Optional<ReportIssuance> findBySha256(String sha256) {
    return jdbc
        .query(
            "SELECT * FROM review_report WHERE sha256 = :sha256 ORDER BY issued_position LIMIT 1",
            new MapSqlParameterSource("sha256", sha256),
            Rows.of(ReportIssuance.class))
        .stream()
        .findFirst();
  }
}
