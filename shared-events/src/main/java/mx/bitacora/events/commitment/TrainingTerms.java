package mx.bitacora.events.commitment;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.TrainingAudience;

/**
 * Train {@code staff} members of {@code traineeAgency} in sessions for {@code audience} by {@code
 * dueOn}.
 */
public record TrainingTerms(
    AgencyId traineeAgency, TrainingAudience audience, int staff, LocalDate dueOn)
    implements CommitmentTerms {

  @Override
  public CommitmentKind kind() {
    return CommitmentKind.TRAINING;
  }
}
