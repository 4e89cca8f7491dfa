package mx.bitacora.query.tracking;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
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

  public static RecordedEvent of(
      long sequenceNumber, Instant recordedAt, MetaData metaData, TrackingToken token) {
    Long position = token == null ? null : boxed(token.position());
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

  private static Long boxed(OptionalLong position) {
    return position.isPresent() ? position.getAsLong() : null;
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
