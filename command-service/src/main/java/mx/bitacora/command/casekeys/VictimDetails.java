package mx.bitacora.command.casekeys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What an issuer may add about a victim. It never reaches an event in plain text: {@link
 * CaseCipher} seals it with the case's data key. Every field is optional.
 */
public record VictimDetails(
    @Size(max = 4000) String notes,
    @PositiveOrZero @Max(130) Integer age,
    @Size(max = 40) String sex,
    @Size(max = 80) String nationality,
    @Size(max = 30) Map<@NotBlank @Size(max = 80) String, @Size(max = 1000) String> attributes) {

  /** Never prints the details, so they cannot reach a log by accident. */
  @Override
  public String toString() {
    return "VictimDetails[redacted]";
  }
}
