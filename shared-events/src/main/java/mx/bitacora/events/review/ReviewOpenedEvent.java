package mx.bitacora.events.review;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A compliance reviewer (in the event's metadata) opened a review: its title, its scope and the
 * criteria it checks. {@code openedOn} is the network's date when it was recorded.
 */
@Revision("1")
public record ReviewOpenedEvent(
    ReviewId reviewId,
    String title,
    ReviewScope scope,
    List<ReviewCriterion> criteria,
    LocalDate openedOn)
    implements ReviewEvent {

  public ReviewOpenedEvent {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }
}
