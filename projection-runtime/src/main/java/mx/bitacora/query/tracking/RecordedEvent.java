package mx.bitacora.query.tracking;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import mx.bitacora.platform.eventstore.StoredPosition;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.MetaData;

/**
 * Where and when an event was recorded, and by whom: its aggregate sequence number, its position in
 * the event log, its timestamp and the origin the command side put in its metadata.
 */
public record RecordedEvent(
    long sequenceNumber,
    Long globalPosition,
    Instant recordedAt,
    String actor,
    String actorAgency,
    List<String> actorRoles,
    String requestId,
    String correlationId) {

  /** The event {@code event} as recorded: its envelope and metadata. */
  public static RecordedEvent of(DomainEventMessage<?> event) {
    TrackingToken token =
        event instanceof TrackedEventMessage<?> tracked
            ? WrappedToken.unwrapLowerBound(tracked.trackingToken())
            : null;
    return of(event.getSequenceNumber(), event.getTimestamp(), event.getMetaData(), token);
  }

  /**
   * The event recorded with {@code metaData}, read through {@code token}. Its position is the one
   * it was stored at ({@link StoredPosition}), never a gap-aware token's, which with out-of-order
   * commits is another event's; only a token that counts every event's own position (Axon Server's)
   * stands in when the reader did not say.
   */
  public static RecordedEvent of(
      long sequenceNumber, Instant recordedAt, MetaData metaData, TrackingToken token) {
    OptionalLong stored = StoredPosition.of(metaData);
    Long position =
        stored.isPresent()
            ? Long.valueOf(stored.getAsLong())
            : token instanceof GlobalSequenceTrackingToken global ? global.getGlobalIndex() : null;
    return new RecordedEvent(
        sequenceNumber,
        position,
        recordedAt,
        text(metaData, "actor"),
        text(metaData, "actorAgency"),
        roles(text(metaData, "actorRoles")),
        text(metaData, "requestId"),
        text(metaData, "correlationId"));
  }

  private static String text(MetaData metaData, String key) {
    Object value = metaData.get(key);
    return value == null ? null : value.toString();
  }

  private static List<String> roles(String commaJoined) {
    if (commaJoined == null || commaJoined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaJoined.split(","))
        .map(String::strip)
        .filter(r -> !r.isEmpty())
        .toList();
  }
}
