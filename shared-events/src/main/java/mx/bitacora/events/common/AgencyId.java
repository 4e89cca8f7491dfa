package mx.bitacora.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an agency of the network by a stable slug such as {@code dif-benito-juarez}. */
public record AgencyId(@JsonValue String value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public AgencyId {
    Slugs.require(value, "AgencyId");
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
