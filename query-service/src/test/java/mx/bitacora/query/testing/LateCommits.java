package mx.bitacora.query.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Appends an event as Axon's JDBC engine would, in a transaction the caller commits later: it takes
 * its log position now, and becomes visible only after events appended after it.
 */
public final class LateCommits {

  private LateCommits() {}

  /** Inserts the aggregate's first event on {@code connection} (not auto-committing). */
  public static void appendWithoutCommitting(
      Connection connection,
      Serializer eventSerializer,
      String aggregateType,
      String aggregateId,
      Object event,
      Map<String, Object> metaData)
      throws SQLException {
    appendWithoutCommitting(
        connection,
        eventSerializer,
        aggregateType,
        aggregateId,
        UUID.randomUUID().toString(),
        event,
        metaData);
  }

  /** As above, the event stored under {@code eventId}; returns the log position it took. */
  public static long appendWithoutCommitting(
      Connection connection,
      Serializer eventSerializer,
      String aggregateType,
      String aggregateId,
      String eventId,
      Object event,
      Map<String, Object> metaData)
      throws SQLException {
    return appendWithoutCommitting(
        connection, eventSerializer, aggregateType, aggregateId, eventId, 0, event, metaData);
  }

  /**
   * As above, as the aggregate's event {@code sequenceNumber} (a later event of a stream whose
   * earlier ones are committed); returns the log position it took.
   */
  public static long appendWithoutCommitting(
      Connection connection,
      Serializer eventSerializer,
      String aggregateType,
      String aggregateId,
      String eventId,
      long sequenceNumber,
      Object event,
      Map<String, Object> metaData)
      throws SQLException {
    SerializedObject<byte[]> payload = eventSerializer.serialize(event, byte[].class);
    SerializedObject<byte[]> meta =
        eventSerializer.serialize(MetaData.from(metaData), byte[].class);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO event_store.domain_event_entry (event_identifier, meta_data, payload,"
                + " payload_revision, payload_type, time_stamp, aggregate_identifier,"
                + " sequence_number, type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, eventId);
      insert.setBytes(2, meta.getData());
      insert.setBytes(3, payload.getData());
      insert.setString(4, payload.getType().getRevision());
      insert.setString(5, payload.getType().getName());
      insert.setString(6, Instant.now().toString());
      insert.setString(7, aggregateId);
      insert.setLong(8, sequenceNumber);
      insert.setString(9, aggregateType);
      insert.executeUpdate();
    }
    try (PreparedStatement position =
        connection.prepareStatement(
            "SELECT global_index FROM event_store.domain_event_entry"
                + " WHERE event_identifier = ?"); ) {
      position.setString(1, eventId);
      try (ResultSet stored = position.executeQuery()) {
        stored.next();
        return stored.getLong(1);
      }
    }
  }
}
