package mx.bitacora.command.review;

import java.time.LocalDate;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;

/**
 * What a finding's response deadline carries in the scheduler's table: ids and which wait for an
 * answer it times (the sequence number of the event that began it) and the day the answer was due,
 * never the finding's text.
 */
record FindingResponseDeadline(
    ReviewId reviewId, FindingId findingId, LocalDate responseDueOn, long awaitingSince) {

  /** The deadline's name, used to schedule and handle it. */
  static final String NAME = "finding-response";
}
