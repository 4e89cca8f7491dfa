package mx.bitacora.command.review;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingSeverity;
import mx.bitacora.events.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a finding against a criterion and send it to the agency concerned, on {@code recordedOn}
 * (as stated; null: today).
 */
record RecordFindingCommand(
    ReviewId reviewId,
    FindingId findingId,
    String criterion,
    FindingSeverity severity,
    AgencyId concernedAgency,
    String statement,
    String recommendation,
    Evidence evidence,
    LocalDate responseDueOn,
    LocalDate recordedOn) {

  @TargetAggregateIdentifier
  String streamId() {
    return Review.streamIdOf(reviewId);
  }
}
