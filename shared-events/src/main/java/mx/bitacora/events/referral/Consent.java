package mx.bitacora.events.referral;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The victim's (or guardian's) consent to share the case with this receiver: when it was given, how
 * far it reaches, and the last day it holds ({@code expiresOn}; null: until withdrawn). Events
 * stored before consents could expire carry no {@code expiresOn}, and read as consents without end.
 */
public record Consent(LocalDate givenOn, ConsentScope scope, LocalDate expiresOn) {

  public Consent {
    Objects.requireNonNull(givenOn, "givenOn");
    Objects.requireNonNull(scope, "scope");
  }

  /** A consent that holds until it is withdrawn. */
  public Consent(LocalDate givenOn, ConsentScope scope) {
    this(givenOn, scope, null);
  }

  /** Whether the consent still holds on {@code day}: not after its last day. */
  public boolean holdsOn(LocalDate day) {
    return expiresOn == null || !day.isAfter(expiresOn);
  }

  /**
   * Whether this consent narrows {@code other}: given no earlier, reaching nowhere further (scope
   * and last day), and less far in at least one of them.
   */
  public boolean narrows(Consent other) {
    boolean reachesLess = scope != other.scope || !Objects.equals(expiresOn, other.expiresOn);
    return !givenOn.isBefore(other.givenOn) && reachesNoFurtherThan(other) && reachesLess;
  }

  /** Whether this consent reaches nowhere further than {@code other}: scope and last day. */
  public boolean reachesNoFurtherThan(Consent other) {
    boolean endsNoLater =
        other.expiresOn == null || (expiresOn != null && !expiresOn.isAfter(other.expiresOn));
    return scope.isWithin(other.scope) && endsNoLater;
  }
}
