package mx.bitacora.query.readyourwrites;

import java.util.Collection;
import java.util.List;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells whether a processing group has processed a given position of the event log in every one of
 * its segments, so that what it projected from that event is committed and readable.
 *
 * <p>Progress is read from the processor's in-memory status ({@link
 * StreamingEventProcessor#processingStatus()}) when this instance holds every segment: the tracking
 * processor advances a segment's status only after the transaction that applied the events and
 * stored the token has committed, so it is exact and costs no query. When segments are held by
 * another instance (or by none, e.g. during start-up), their progress exists only in the token
 * table, which moves in the same transaction as the projection's writes; the group's tokens are
 * then read from {@code read_model.token_entry}.
 */
@Component
public class ProcessedPositions {

  private static final String TOKENS =
      "select token, token_type from read_model.token_entry where processor_name = ?";

  private final org.axonframework.config.Configuration axon;
  private final JdbcTemplate jdbc;
  private final Serializer serializer;

  ProcessedPositions(
      org.axonframework.config.Configuration axon, JdbcTemplate jdbc, Serializer serializer) {
    this.axon = axon;
    this.jdbc = jdbc;
    this.serializer = serializer;
  }

  /** Whether every segment of {@code processingGroup} has processed {@code position}. */
  public boolean processed(String processingGroup, long position) {
    List<TrackingToken> tokens = tokens(processingGroup);
    return !tokens.isEmpty() && tokens.stream().allMatch(token -> covers(token, position));
  }

  /**
   * Each segment's committed progress: this instance's status when it holds every segment (a
   * segment that had nothing to apply may be ahead of its stored token), else the stored tokens. A
   * segment that has not started yet is {@code null}.
   */
  public List<TrackingToken> tokens(String processingGroup) {
    Collection<EventTrackerStatus> held = processor(processingGroup).processingStatus().values();
    return holdsEverySegment(held)
        ? held.stream().map(EventTrackerStatus::getTrackingToken).toList()
        : storedTokens(processingGroup);
  }

  /**
   * Whether {@code token} has seen the event at {@code position}: at or below its index and not one
   * of its gaps. Deliberately not {@code token.covers(GapAwareTrackingToken.newInstance( position,
   * emptySet()))}, which also demands that no gap remain below the position: a hole left by a
   * rolled-back insert (a retried create leaves one) stays a gap until Axon's gap time-out and
   * would hold every read-your-writes request for that long. The caller's own earlier writes are no
   * such gap: they committed before this one, so the read that saw this one saw them too.
   */
  static boolean covers(TrackingToken token, long position) {
    if (position == 0) {
      return true; // positions start at 1: nothing to wait for
    }
    TrackingToken current = WrappedToken.unwrapLowerBound(token);
    if (current instanceof GapAwareTrackingToken gapAware) {
      return position <= gapAware.getIndex() && !gapAware.getGaps().contains(position);
    }
    // A gap-free log (Axon Server's): having reached the position is having processed it.
    return current != null && current.position().orElse(-1) >= position;
  }

  private StreamingEventProcessor processor(String processingGroup) {
    return axon.eventProcessingConfiguration()
        .eventProcessor(processingGroup, StreamingEventProcessor.class)
        .orElseThrow(
            () -> new IllegalStateException("no streaming processor named " + processingGroup));
  }

  /** Whether the segments held here add up to the whole: each is 1 / (mask + 1) of it. */
  private static boolean holdsEverySegment(Collection<EventTrackerStatus> held) {
    double share = 0;
    for (EventTrackerStatus status : held) {
      share += 1.0 / (status.getSegment().getMask() + 1.0);
    }
    return share >= 1.0;
  }

  private List<TrackingToken> storedTokens(String processingGroup) {
    return jdbc.query(
        TOKENS,
        // By hand: the token is Axon's serialized object, deserialized by its serializer.
        (row, index) -> {
          byte[] token = row.getBytes("token");
          return token == null
              ? null
              : serializer.<byte[], TrackingToken>deserialize(
                  new SimpleSerializedObject<>(
                      token, byte[].class, row.getString("token_type"), null));
        },
        processingGroup);
  }
}
