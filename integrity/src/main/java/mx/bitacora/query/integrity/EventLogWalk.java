package mx.bitacora.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NavigableMap;
import mx.bitacora.query.integrity.Discrepancy.Kind;

/** Walks the event log's seals and the events beside them, recomputing every link. */
final class EventLogWalk extends ChainWalk {

  private static final int FETCH_SIZE = 1000;

  EventLogWalk(NavigableMap<Long, List<Checkpoint>> checkpoints) {
    super(checkpoints);
  }

  @Override
  void run(Connection connection, long until) throws SQLException {
    try (PreparedStatement sealQuery =
            connection.prepareStatement(
                "SELECT position, event_identifier, chain_hash FROM integrity.event_seal"
                    + " WHERE position <= ? ORDER BY position");
        PreparedStatement eventQuery = connection.prepareStatement(StoredEvents.AFTER)) {
      sealQuery.setFetchSize(FETCH_SIZE);
      sealQuery.setLong(1, until);
      eventQuery.setFetchSize(FETCH_SIZE);
      eventQuery.setLong(1, 0);
      try (ResultSet sealRows = sealQuery.executeQuery();
          ResultSet eventRows = eventQuery.executeQuery()) {
        walk(sealRows, new EventCursor(eventRows));
      }
    }
  }

  // By hand: a streaming walk comparing each seal's columns with the event beside it, no record.
  private void walk(ResultSet sealRows, EventCursor events) throws SQLException {
    byte[] previous = ChainHash.GENESIS;
    while (sealRows.next()) {
      long position = sealRows.getLong("position");
      sealedThrough = position;
      if (discrepancy != null) {
        continue;
      }
      if (position != verifiedThrough + 1) {
        found(verifiedThrough + 1, Kind.SEAL_MISSING);
        continue;
      }
      String sealedEvent = sealRows.getString("event_identifier");
      StoredEvent event = events.takeIfAt(position);
      byte[] recomputed;
      if (sealedEvent == null) {
        if (event != null) {
          found(position, Kind.EVENT_INSERTED);
          continue;
        }
        recomputed = ChainHash.ofGap(previous, position);
      } else if (event == null) {
        found(position, Kind.EVENT_MISSING);
        continue;
      } else if (!sealedEvent.equals(event.eventIdentifier())) {
        found(position, Kind.EVENT_REPLACED);
        continue;
      } else {
        recomputed = ChainHash.ofEvent(previous, event);
      }
      if (matchesStoredLink(
          position, recomputed, sealRows.getBytes("chain_hash"), Kind.EVENT_ALTERED)) {
        previous = recomputed;
      }
    }
  }

  @Override
  long logEnd(Connection connection) throws SQLException {
    return Queries.count(
        connection, "SELECT coalesce(max(global_index), 0) FROM " + StoredEvents.TABLE, null);
  }

  @Override
  long unchained(Connection connection) throws SQLException {
    return Queries.count(
        connection,
        "SELECT count(*) FROM " + StoredEvents.TABLE + " WHERE global_index > ?",
        sealedThrough);
  }

  /** Walks the event rows alongside the seals. */
  private static final class EventCursor {

    private final ResultSet rows;
    private StoredEvent current;

    EventCursor(ResultSet rows) throws SQLException {
      this.rows = rows;
      advance();
    }

    /** The event at {@code position}, consuming it; {@code null} if none is stored there. */
    StoredEvent takeIfAt(long position) throws SQLException {
      while (current != null && current.position() < position) {
        advance(); // cannot happen while seals are contiguous; kept for safety
      }
      if (current == null || current.position() != position) {
        return null;
      }
      StoredEvent taken = current;
      advance();
      return taken;
    }

    private void advance() throws SQLException {
      current = rows.next() ? StoredEvents.read(rows) : null;
    }
  }
}
