package mx.bitacora.command.commitment;

import java.util.Optional;
import mx.bitacora.events.commitment.CommitmentId;

/** Answers command handlers of other features about recorded commitments (a review's evidence). */
public interface CommitmentDirectory {

  Optional<RegisteredCommitment> find(CommitmentId commitmentId);
}
