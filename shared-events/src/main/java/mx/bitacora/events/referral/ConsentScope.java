package mx.bitacora.events.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the victim agreed may be shared with the receiver of a referral, each scope wider than the
 * one before it: narrowing a consent moves it to an earlier scope.
 */
public enum ConsentScope {
  /** Only what the requested service needs: intake and care. */
  REQUESTED_SERVICE_ONLY(EnumSet.of(CasePurpose.INTAKE, CasePurpose.CARE)),
  /** The requested service and the follow-up of the case between issuer and receiver. */
  SERVICE_AND_FOLLOW_UP(EnumSet.of(CasePurpose.INTAKE, CasePurpose.CARE, CasePurpose.FOLLOW_UP)),
  /** Service, follow-up and legal proceedings. */
  SERVICE_FOLLOW_UP_AND_PROCEEDINGS(EnumSet.allOf(CasePurpose.class));

  private final Set<CasePurpose> purposes;

  ConsentScope(Set<CasePurpose> purposes) {
    this.purposes = purposes;
  }

  /** Whether a read for {@code purpose} is within this scope. */
  public boolean covers(CasePurpose purpose) {
    return purposes.contains(purpose);
  }

  /** Whether this scope is {@code other} or narrower than it. */
  public boolean isWithin(ConsentScope other) {
    return other.purposes.containsAll(purposes);
  }
}
