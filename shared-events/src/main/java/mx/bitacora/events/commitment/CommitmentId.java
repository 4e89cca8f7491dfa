package mx.bitacora.events.commitment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a commitment; chosen by the client so that retries are safe. */
public record CommitmentId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public CommitmentId {
    Objects.requireNonNull(value, "CommitmentId value");
  }

  public static CommitmentId of(String value) {
    return new CommitmentId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
