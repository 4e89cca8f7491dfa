package mx.bitacora.platform.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC engine, knowing where each event is stored: an append learns its events' positions in
 * its own transaction ({@link AppendedPositions}), and each event a tracking reader reads carries
 * the position it was stored at in its metadata ({@link StoredPosition}), as does each event of an
 * aggregate read to source it. Each event read also parses its stored timestamp once and without a
 * {@code DateTimeFormatter} ({@link TimestampReadOnce}). Everything else is Axon's.
 */
final class PositionedJdbcEventStorageEngine extends JdbcEventStorageEngine {

  PositionedJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder) {
    super(builder);
  }

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    super.appendEvents(events, serializer);
    if (!events.isEmpty() && AppendedPositions.capturing()) {
      // Same transaction as the insert: the answer's position can never be lost after a commit.
      AppendedPositions.appended(lastPositionOf(events));
    }
  }

  private long lastPositionOf(List<? extends EventMessage<?>> events) {
    String sql =
        "SELECT max("
            + schema().globalIndexColumn()
            + ") FROM "
            + schema().domainEventTable()
            + " WHERE "
            + schema().eventIdentifierColumn()
            + " IN ("
            + String.join(",", Collections.nCopies(events.size(), "?"))
            + ")";
    Connection connection = getConnection();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < events.size(); i++) {
        statement.setString(i + 1, events.get(i).getIdentifier());
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new EventStoreException("could not read the positions of the events just appended", e);
    } finally {
      closeQuietly(connection);
    }
  }

  @Override
  protected TrackedEventData<?> getTrackedEventData(
      ResultSet resultSet, GapAwareTrackingToken previousToken) throws SQLException {
    TrackedEventData<?> event = super.getTrackedEventData(resultSet, previousToken);
    if (event instanceof DomainEventData<?> domainEvent) {
      long position = resultSet.getLong(schema().globalIndexColumn());
      return new TrackedDomainEventData<>(
          event.trackingToken(), readOnce(domainEvent, resultSet).storedAt(position));
    }
    return event;
  }

  /** An aggregate's event, read with its position too (Axon selects the tracked fields). */
  @Override
  protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
    return readOnce(super.getDomainEventData(resultSet), resultSet)
        .storedAt(resultSet.getLong(schema().globalIndexColumn()));
  }

  private <T> TimestampReadOnce<T> readOnce(DomainEventData<T> event, ResultSet resultSet)
      throws SQLException {
    return new TimestampReadOnce<>(event, readTimeStamp(resultSet, schema().timestampColumn()));
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // a Spring-managed connection stays open with its transaction; nothing to do
    }
  }
}
