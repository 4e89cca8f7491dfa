package mx.bitacora.events.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a material delivery to a shelter; chosen by the client so that retries are safe. */
public record DeliveryId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public DeliveryId {
    Objects.requireNonNull(value, "DeliveryId value");
  }

  public static DeliveryId of(String value) {
    return new DeliveryId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
