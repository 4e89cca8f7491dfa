package mx.bitacora.events.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a support project or programme; chosen by the client so that retries are safe. */
public record ProjectId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ProjectId {
    Objects.requireNonNull(value, "ProjectId value");
  }

  public static ProjectId of(String value) {
    return new ProjectId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
