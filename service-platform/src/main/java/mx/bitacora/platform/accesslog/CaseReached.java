package mx.bitacora.platform.accesslog;

import java.util.List;
import java.util.Objects;
import mx.bitacora.events.common.AgencyId;

/**
 * One case an access reached: its reference, the agency that issued it (a reference is only unique
 * within its issuing agency, so the two together name the case), and the agencies it belongs to
 * (each of them sees the access).
 */
public record CaseReached(
    String caseReference, AgencyId issuingAgency, List<AgencyId> owningAgencies) {

  public CaseReached {
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(issuingAgency, "issuingAgency");
    owningAgencies = List.copyOf(owningAgencies);
  }
}
