package mx.bitacora.events.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a review; chosen by the client so that retries are safe. */
public record ReviewId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ReviewId {
    Objects.requireNonNull(value, "ReviewId value");
  }

  public static ReviewId of(String value) {
    return new ReviewId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
