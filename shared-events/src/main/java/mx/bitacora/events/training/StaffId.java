package mx.bitacora.events.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A staff member's pseudonymous id, an opaque token issued by their agency (e.g. {@code
 * dif-bj-0042}): lower-case letters, digits and hyphens, 3 to 64 characters, so it can never hold a
 * personal name with spaces or accents.
 */
public record StaffId(@JsonValue String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public StaffId {
    Objects.requireNonNull(value, "StaffId");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid StaffId");
    }
  }

  /** Whether {@code candidate} has the shape of a pseudonymous staff id. */
  public static boolean isValid(String candidate) {
    return candidate != null && SHAPE.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
