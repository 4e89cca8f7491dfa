package mx.bitacora.command.casekeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a receiving agency writes about the care of a referred person. Like {@link VictimDetails} it
 * never reaches an event in plain text: it is sealed with the case's data key.
 */
public record CaseNote(
    @NotBlank @Size(max = 4000) String careGiven, @Size(max = 4000) String nextSteps) {

  /** Never prints the note, so it cannot reach a log by accident. */
  @Override
  public String toString() {
    return "CaseNote[redacted]";
  }
}
