package mx.bitacora.events.review;

import java.util.List;
import mx.bitacora.events.commitment.CommitmentId;

/**
 * What a finding rests on: commitments and the positions of events in the log, each checked to
 * exist and to lie in the review's scope when the finding was recorded.
 */
public record Evidence(List<CommitmentId> commitments, List<Long> eventPositions) {

  public Evidence {
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
    eventPositions = eventPositions == null ? List.of() : List.copyOf(eventPositions);
  }

  public boolean citesNothing() {
    return commitments.isEmpty() && eventPositions.isEmpty();
  }
}
