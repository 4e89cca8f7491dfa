package mx.bitacora.query.breakglass;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.bitacora.events.accessreview.BreakGlassReadReviewedEvent;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Projects each review of a break-glass read into one row per reviewed entry: the finding, who
 * reviewed (from the event's metadata), when. An entry is reviewed once (command-service refuses a
 * second review), so the insert leaves an existing row alone and a replay changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.BREAK_GLASS_REVIEWS)
@ProjectionTables("break_glass_review")
class BreakGlassReviewsProjection {

  private final NamedParameterJdbcTemplate jdbc;

  BreakGlassReviewsProjection(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(BreakGlassReadReviewedEvent reviewed, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO break_glass_review (
            access_position, justified, reviewed_by, reviewer_agency, reviewed_at, event_position)
        VALUES (
            :accessPosition, :justified, :reviewedBy, :reviewerAgency, :reviewedAt, :eventPosition)
        ON CONFLICT (access_position) DO NOTHING
        """,
        new MapSqlParameterSource("accessPosition", reviewed.accessPosition())
            .addValue("justified", reviewed.justified())
            .addValue("reviewedBy", recorded.actor())
            .addValue("reviewerAgency", recorded.actorAgency())
            .addValue("reviewedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
            .addValue("eventPosition", recorded.globalPosition()));
  }
}
