package mx.bitacora.command.review;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The agency concerned answers its finding: response, corrective action and its due date. */
record AnswerFindingCommand(
    ReviewId reviewId,
    FindingId findingId,
    AgencyId actingAgency,
    String response,
    String correctiveAction,
    LocalDate correctiveActionDueOn,
    LocalDate answeredOn) {

  @TargetAggregateIdentifier
  String streamId() {
    return Review.streamIdOf(reviewId);
  }
}
