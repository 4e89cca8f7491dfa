package mx.bitacora.events.cases;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import org.axonframework.serialization.Revision;

/**
 * The data key of {@code issuingAgency}'s case {@code caseReference} was destroyed: every encrypted
 * victim detail of that agency's case is unreadable from now on, while every event stays in place.
 * Another agency's case under the same reference is another case and is untouched.
 *
 * <p>{@code issuingAgency} is null only in erasures recorded before cases were scoped to their
 * issuing agency (revision 1, read through {@code CaseErasedBeforeAgencyScopeUpcaster}): the
 * reference then had one key, shared by whichever agency issued under it, so such an erasure made
 * every referral recorded under the reference before it unreadable, whoever issued it.
 */
@Revision("2")
public record CaseErasedEvent(CaseReference caseReference, AgencyId issuingAgency)
    implements CaseEvent {

  /** Whether this erasure predates agency-scoped cases and so erased the reference as a whole. */
  public boolean erasedTheWholeReference() {
    return issuingAgency == null;
  }
}
