package mx.bitacora.command.review;

import java.util.Optional;
import mx.bitacora.events.commitment.CommitmentId;

/**
 * Finds what a finding cites, as it stands in the log now: a commitment, or an event by position.
 */
interface ReviewEvidence {

  Optional<EvidenceReach> commitment(CommitmentId commitmentId);

  Optional<EvidenceReach> event(long position);
}
