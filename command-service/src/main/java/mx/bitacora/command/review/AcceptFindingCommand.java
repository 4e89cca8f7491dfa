package mx.bitacora.command.review;

import java.time.LocalDate;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reviewer accepts the agency's answer to a finding. */
record AcceptFindingCommand(ReviewId reviewId, FindingId findingId, LocalDate acceptedOn) {

  @TargetAggregateIdentifier
  String streamId() {
    return Review.streamIdOf(reviewId);
  }
}
