package mx.bitacora.events.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a training session; chosen by the client so that retries are safe. */
public record TrainingSessionId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public TrainingSessionId {
    Objects.requireNonNull(value, "TrainingSessionId value");
  }

  public static TrainingSessionId of(String value) {
    return new TrainingSessionId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
