package mx.bitacora.events.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a referral; chosen by the client so that retries are safe. */
public record ReferralId(@JsonValue UUID value) {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public ReferralId {
    Objects.requireNonNull(value, "ReferralId value");
  }

  public static ReferralId of(String value) {
    return new ReferralId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
