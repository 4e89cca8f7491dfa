package mx.bitacora.events.referral;

import java.time.LocalDate;
import java.util.Objects;

/** The victim's (or guardian's) consent to share the case with this receiver: when, and how far. */
public record Consent(LocalDate givenOn, ConsentScope scope) {

  public Consent {
    Objects.requireNonNull(givenOn, "givenOn");
    Objects.requireNonNull(scope, "scope");
  }
}
