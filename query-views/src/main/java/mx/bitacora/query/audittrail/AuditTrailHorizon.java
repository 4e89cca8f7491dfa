package mx.bitacora.query.audittrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mx.bitacora.query.readyourwrites.ProcessedPositions;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.SettledPositions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * The highest log position through which the audit trail is complete: every event at or below it
 * has its row, so no row can appear there later and a cursor never skips one. Rows above it may
 * still be joined by lower-positioned ones: segments apply events in parallel, a transaction that
 * commits late fills a lower position after higher ones were applied. A dead-lettered event does
 * not hold the horizon back: it has its row (saying it could not be read), and being its own
 * sequence it holds back no other event.
 *
 * <p>Read from what is committed, so it holds across instances: each segment's progress as {@link
 * ProcessedPositions#tokens} gives it, the same a {@code notOlderThan} wait is judged by (its
 * position, less any gap in it not settled as a position holding no event ({@link
 * SettledPositions}): a gap may still be filled by a late commit).
 */
@Component
class AuditTrailHorizon {

  private final SettledPositions settled;
  private final ProcessedPositions positions;

  AuditTrailHorizon(SettledPositions settled, ProcessedPositions positions) {
    this.settled = settled;
    this.positions = positions;
  }

  /** The horizon now; 0 while the projection has applied nothing. */
  long current() {
    List<TrackingToken> segments =
        positions.tokens(ProcessingGroups.AUDIT_TRAIL).stream()
            .map(token -> token == null ? null : WrappedToken.unwrapLowerBound(token))
            .toList();
    if (segments.isEmpty() || segments.contains(null)) {
      return 0;
    }
    Set<Long> settled = sealedEmpty(segments);
    long horizon = Long.MAX_VALUE;
    for (TrackingToken token : segments) {
      horizon = Math.min(horizon, completeThrough(token, settled));
    }
    return Math.max(horizon, 0);
  }

  /** The last position a segment has seen with nothing before it still to come. */
  private static long completeThrough(TrackingToken token, Set<Long> sealedEmpty) {
    if (token instanceof GapAwareTrackingToken gapAware) {
      for (Long gap : gapAware.getGaps()) {
        if (!sealedEmpty.contains(gap)) {
          return gap - 1;
        }
      }
      return gapAware.getIndex();
    }
    return token.position().orElse(0);
  }

  /** Which of the segments' gaps the sealer settled as holding no event (a rolled-back append). */
  private Set<Long> sealedEmpty(List<TrackingToken> segments) {
    List<Long> gaps = new ArrayList<>();
    for (TrackingToken token : segments) {
      if (token instanceof GapAwareTrackingToken gapAware) {
        gaps.addAll(gapAware.getGaps());
      }
    }
    return settled.holesAmong(gaps);
  }
}
