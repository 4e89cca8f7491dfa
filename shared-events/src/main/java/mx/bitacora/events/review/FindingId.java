package mx.bitacora.events.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a finding; chosen by the client so that retries are safe. */
public record FindingId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public FindingId {
    Objects.requireNonNull(value, "FindingId value");
  }

  public static FindingId of(String value) {
    return new FindingId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
