package mx.bitacora.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a shelter (albergue, refugio, casa de medio camino or CAT) by a stable slug such as
 * {@code cat-cancun}.
 */
public record ShelterId(@JsonValue String value) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ShelterId {
    Objects.requireNonNull(value, "ShelterId value");
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException("not a valid slug: " + value);
    }
  }

  /** Whether {@code candidate} is a well-formed slug for this id. */
  public static boolean isValid(String candidate) {
    return candidate != null && SLUG.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
