package mx.bitacora.events.review;

import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;

/**
 * What a review looks at: the agencies (those named by the reviewer plus a project's implementer,
 * funder and coordinator and a shelter's operator, resolved when it was opened), optionally one
 * project and one shelter, and the business-time period {@code from}–{@code to}, both inclusive.
 */
public record ReviewScope(
    List<AgencyId> agencies,
    ProjectId projectId,
    ShelterId shelterId,
    LocalDate from,
    LocalDate to) {

  public ReviewScope {
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
  }

  /** Whether {@code date} lies in the period. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
