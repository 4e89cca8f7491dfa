package mx.bitacora.platform.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine, except that each event read parses its stored timestamp once and without a
 * {@code DateTimeFormatter} ({@link TimestampReadOnce}); everything else is Axon's.
 */
final class TimestampParsingJdbcEventStorageEngine extends JdbcEventStorageEngine {

  TimestampParsingJdbcEventStorageEngine(JdbcEventStorageEngine.Builder builder) {
    super(builder);
  }

  @Override
  protected TrackedEventData<?> getTrackedEventData(
      ResultSet resultSet, GapAwareTrackingToken previousToken) throws SQLException {
    TrackedEventData<?> event = super.getTrackedEventData(resultSet, previousToken);
    if (event instanceof DomainEventData<?> domainEvent) {
      return new TrackedDomainEventData<>(event.trackingToken(), readOnce(domainEvent, resultSet));
    }
    return event;
  }

  @Override
  protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
    return readOnce(super.getDomainEventData(resultSet), resultSet);
  }

  private <T> DomainEventData<T> readOnce(DomainEventData<T> event, ResultSet resultSet)
      throws SQLException {
    return new TimestampReadOnce<>(event, readTimeStamp(resultSet, schema().timestampColumn()));
  }
}
