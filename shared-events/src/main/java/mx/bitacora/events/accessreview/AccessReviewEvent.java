package mx.bitacora.events.accessreview;

import java.util.List;
import mx.bitacora.events.common.AgencyId;

/** Every fact recorded about one entry of the access log, named by its position in that log. */
public sealed interface AccessReviewEvent permits BreakGlassReadReviewedEvent {

  /** The entry's position in {@code integrity.access_log}. */
  long accessPosition();

  /** The agencies whose cases the entry reached (each may see the fact). */
  List<AgencyId> owningAgencies();
}
