package mx.bitacora.command.review;

import java.time.LocalDate;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reviewer does not accept the answer: a new one is due by {@code responseDueOn}. */
record ReopenFindingCommand(
    ReviewId reviewId,
    FindingId findingId,
    String reason,
    LocalDate responseDueOn,
    LocalDate reopenedOn) {

  @TargetAggregateIdentifier
  String streamId() {
    return Review.streamIdOf(reviewId);
  }
}
