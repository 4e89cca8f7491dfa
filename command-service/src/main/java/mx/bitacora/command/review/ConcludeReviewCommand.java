package mx.bitacora.command.review;

import java.time.LocalDate;
import mx.bitacora.events.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reviewer concludes the review. */
record ConcludeReviewCommand(ReviewId reviewId, String conclusion, LocalDate concludedOn) {

  @TargetAggregateIdentifier
  String streamId() {
    return Review.streamIdOf(reviewId);
  }
}
