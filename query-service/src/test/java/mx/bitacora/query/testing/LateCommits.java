package mx.bitacora.query.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
    SerializedObject<byte[]> payload = eventSerializer.serialize(event, byte[].class);
    SerializedObject<byte[]> meta =
        eventSerializer.serialize(MetaData.from(metaData), byte[].class);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO event_store.domain_event_entry (event_identifier, meta_data, payload,"
                + " payload_revision, payload_type, time_stamp, aggregate_identifier,"
                + " sequence_number, type) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setBytes(2, meta.getData());
      insert.setBytes(3, payload.getData());
      insert.setString(4, payload.getType().getRevision());
      insert.setString(5, payload.getType().getName());
      insert.setString(6, Instant.now().toString());
      insert.setString(7, aggregateId);
      insert.setString(8, aggregateType);
      insert.executeUpdate();
    }
  }
}
