package mx.bitacora.events.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;
import mx.bitacora.events.common.Confidential;

/**
 * The pseudonymous reference of a victim's case, such as {@code QROO-2022-0147}: upper-case
 * letters, digits and hyphens, 6 to 40 characters. It is opaque and never a name; the shape rule
 * keeps names, spaces and accents out.
 */
public record CaseReference(@JsonValue String value) implements Confidential {

  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9-]{6,40}");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CaseReference {
    Objects.requireNonNull(value, "CaseReference");
    if (!isValid(value)) {
      // The value is not echoed: a malformed reference might be a victim's name.
      throw new IllegalArgumentException("not a valid case reference");
    }
  }

  /** Whether {@code candidate} has the shape of a case reference. */
  public static boolean isValid(String candidate) {
    return candidate != null && SHAPE.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
