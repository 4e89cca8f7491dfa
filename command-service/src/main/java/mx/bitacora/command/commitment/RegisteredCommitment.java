package mx.bitacora.command.commitment;

import java.time.LocalDate;
import java.util.Set;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;

/**
 * What other features may rely on about a recorded commitment: the agencies it involves (who
 * promised and to whom), its project, its current due date, and whether it was withdrawn.
 */
public record RegisteredCommitment(
    CommitmentId commitmentId,
    Set<AgencyId> agencies,
    ProjectId projectId,
    LocalDate dueOn,
    boolean withdrawn) {

  public RegisteredCommitment {
    agencies = Set.copyOf(agencies);
  }
}
