package mx.bitacora.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a shelter (albergue, refugio, casa de medio camino or CAT) by a stable slug such as
 * {@code cat-cancun}.
 */
public record ShelterId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ShelterId {
    Slugs.require(value, "ShelterId");
  }

  /** Whether {@code candidate} is a well-formed slug for this id. */
  public static boolean isValid(String candidate) {
    return Slugs.isValid(candidate);
  }

  @Override
  public String toString() {
    return value;
  }
}
