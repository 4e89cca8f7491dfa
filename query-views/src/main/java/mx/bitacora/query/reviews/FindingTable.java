package mx.bitacora.query.reviews;

import java.sql.Array;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingAcceptedEvent;
import mx.bitacora.events.review.FindingAnsweredEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes findings: inserted once when recorded; each later event of the finding (answer,
 * acceptance, reopening, escalation) applies only above the row's last sequence number, so that a
 * replay neither counts a reopening twice nor brings back an earlier stage.
 */
@Repository
class FindingTable {

  private static final String APPLYING =
      " WHERE review_id = :reviewId AND finding_id = :findingId AND last_sequence < :sequence";

  private final NamedParameterJdbcTemplate jdbc;

  FindingTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordFinding(FindingRecordedEvent finding, RecordedEvent recorded) {
    Evidence evidence = finding.evidence() == null ? new Evidence(null, null) : finding.evidence();
    jdbc.update(
        """
        INSERT INTO review_finding (review_id, finding_id, criterion, severity, concerned_agency,
            statement, recommendation, evidence_commitments, evidence_positions, recorded_on,
            recorded_position, response_due_on, stage, last_sequence)
        VALUES (:reviewId, :findingId, :criterion, :severity, :agency, :statement,
            :recommendation, :commitments, :positions, :recordedOn, :position, :dueOn,
            'AWAITING_RESPONSE', :sequence)
        ON CONFLICT (review_id, finding_id) DO NOTHING
        """,
        applying(finding.reviewId(), finding.findingId(), recorded)
            .addValue("criterion", finding.criterion())
            .addValue("severity", finding.severity().name())
            .addValue("agency", finding.concernedAgency().value())
            .addValue("statement", finding.statement())
            .addValue("recommendation", finding.recommendation())
            .addValue(
                "commitments",
                array(
                    "uuid",
                    evidence.commitments().stream().map(CommitmentId::value).toArray(UUID[]::new)))
            .addValue("positions", array("bigint", evidence.eventPositions().toArray(Long[]::new)))
            .addValue("recordedOn", finding.recordedOn())
            .addValue("dueOn", finding.responseDueOn()));
  }

  void recordAnswer(FindingAnsweredEvent answered, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE review_finding SET stage = 'ANSWERED', response = :response,
            corrective_action = :action, corrective_action_due_on = :actionDueOn,
            answered_on = :answeredOn, answered_position = :position, last_sequence = :sequence
        """
            + APPLYING,
        applying(answered.reviewId(), answered.findingId(), recorded)
            .addValue("response", answered.response())
            .addValue("action", answered.correctiveAction())
            .addValue("actionDueOn", answered.correctiveActionDueOn())
            .addValue("answeredOn", answered.answeredOn()));
  }

  void recordAccepted(FindingAcceptedEvent accepted, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE review_finding SET stage = 'ACCEPTED', accepted_on = :acceptedOn,
            accepted_position = :position, last_sequence = :sequence
        """
            + APPLYING,
        applying(accepted.reviewId(), accepted.findingId(), recorded)
            .addValue("acceptedOn", accepted.acceptedOn()));
  }

  void recordReopened(FindingReopenedEvent reopened, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE review_finding SET stage = 'AWAITING_RESPONSE', reopenings = reopenings + 1,
            last_reopen_reason = :reason, reopened_on = :reopenedOn,
            response_due_on = :dueOn, reopened_position = :position, last_sequence = :sequence
        """
            + APPLYING,
        applying(reopened.reviewId(), reopened.findingId(), recorded)
            .addValue("reason", reopened.reason())
            .addValue("reopenedOn", reopened.reopenedOn())
            .addValue("dueOn", reopened.responseDueOn()));
  }

  void recordEscalated(FindingEscalatedEvent escalated, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE review_finding SET escalated_at = :escalatedAt,
            escalated_position = :position, last_sequence = :sequence
        """
            + APPLYING,
        applying(escalated.reviewId(), escalated.findingId(), recorded)
            .addValue(
                "escalatedAt",
                escalated.escalatedAt() == null
                    ? null
                    : OffsetDateTime.ofInstant(escalated.escalatedAt(), ZoneOffset.UTC)));
  }

  private Array array(String type, Object[] values) {
    return jdbc.getJdbcTemplate()
        .execute((ConnectionCallback<Array>) connection -> connection.createArrayOf(type, values));
  }

  private static MapSqlParameterSource applying(
      ReviewId reviewId, FindingId findingId, RecordedEvent recorded) {
    return new MapSqlParameterSource("reviewId", reviewId.value())
        .addValue("findingId", findingId.value())
        .addValue("position", recorded.globalPosition())
        .addValue("sequence", recorded.sequenceNumber());
  }
}
