package mx.bitacora.command.casekeys;

import java.util.Objects;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;

/**
 * A victim's case as the agency that issues it knows it: its reference is that agency's, so the
 * same reference issued by two agencies is two cases, each with a key of its own.
 */
public record AgencyCase(AgencyId issuingAgency, CaseReference caseReference) {

  public AgencyCase {
    Objects.requireNonNull(issuingAgency, "issuingAgency");
    Objects.requireNonNull(caseReference, "caseReference");
  }

  /** The stream the case's erasure is stored under (agency slugs hold no slash). */
  @Override
  public String toString() {
    return "case:" + issuingAgency.value() + "/" + caseReference.value();
  }
}
