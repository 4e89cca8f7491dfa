package mx.bitacora.command.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.review.ReviewCriterion;
import mx.bitacora.events.review.ReviewId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a review of {@code agencies} (and a project's, a shelter's) over a business-time period, on
 * {@code openedOn} (as stated; null: today).
 */
record OpenReviewCommand(
    ReviewId reviewId,
    String title,
    List<AgencyId> agencies,
    ProjectId projectId,
    ShelterId shelterId,
    LocalDate from,
    LocalDate to,
    List<ReviewCriterion> criteria,
    LocalDate openedOn)
    implements NamesAgencies {

  /** The stream this command creates; lets a retried create be recognised (CommandSender). */
  @TargetAggregateIdentifier
  String streamId() {
    return Review.streamIdOf(reviewId);
  }

  @Override
  public Collection<AgencyId> namedAgencies() {
    return agencies;
  }
}
