package mx.bitacora.query.accesslog;

import java.util.List;
import mx.bitacora.events.common.AgencyId;

/** One case an access reached, with the agencies it belongs to (each of them sees the access). */
public record CaseReached(String caseReference, List<AgencyId> owningAgencies) {

  public CaseReached {
    owningAgencies = List.copyOf(owningAgencies);
  }
}
