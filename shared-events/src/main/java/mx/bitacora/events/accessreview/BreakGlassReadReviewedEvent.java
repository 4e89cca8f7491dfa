package mx.bitacora.events.accessreview;

import java.util.List;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * A commission auditor (in the event's metadata: never the reader) reviewed the break-glass read
 * recorded at {@code accessPosition} of the access log and found it {@code justified} or not. The
 * agencies whose cases it reached are named so that each sees the review. There is deliberately no
 * free-text note: what an auditor would write about a read is about a victim's case, and belongs
 * nowhere in plain text.
 */
@Revision("1")
public record BreakGlassReadReviewedEvent(
    long accessPosition, boolean justified, List<AgencyId> owningAgencies)
    implements AccessReviewEvent {

  public BreakGlassReadReviewedEvent {
    owningAgencies = owningAgencies == null ? List.of() : List.copyOf(owningAgencies);
  }
}
