package mx.bitacora.query.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import mx.bitacora.query.integrity.Discrepancy.Kind;

/**
 * Re-reads the event log and the chain from one snapshot and recomputes every link: reports the
 * first position where they disagree, or that all is intact through the sealed end. Checks every
 * stored checkpoint's signature and hash, and proves the log still extends any checkpoints an
 * agency kept. Plain JDBC, so operators can run it without the service (see {@link
 * VerifyEventLog}).
 */
final class LogVerifier {

  private static final int FETCH_SIZE = 1000;

  private final CheckpointVerifier signatures;
  private final Clock clock;

  LogVerifier(CheckpointVerifier signatures, Clock clock) {
    this.signatures = signatures;
    this.clock = clock;
  }

  /**
   * Verifies the log and the chain; {@code kept} are checkpoints kept outside the database, each
   * already checked with {@link #isGenuine}.
   */
  VerificationReport verify(Connection connection, Collection<Checkpoint> kept)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    try {
      return verifyInOneSnapshot(connection, kept);
    } finally {
      connection.rollback();
      connection.setReadOnly(false);
      connection.setTransactionIsolation(isolation);
      connection.setAutoCommit(autoCommit);
    }
  }

  boolean isGenuine(Checkpoint checkpoint) {
    return signatures.isGenuine(checkpoint);
  }

  private VerificationReport verifyInOneSnapshot(Connection connection, Collection<Checkpoint> kept)
      throws SQLException {
    List<Checkpoint> stored = storedCheckpoints(connection);
    Discrepancy forged = firstNotGenuine(stored);
    long walkUntil = forged == null ? Long.MAX_VALUE : forged.position() - 1;
    NavigableMap<Long, List<Checkpoint>> toMatch = new TreeMap<>();
    stored.stream()
        .filter(c -> c.position() <= walkUntil)
        .forEach(c -> toMatch.computeIfAbsent(c.position(), p -> new ArrayList<>()).add(c));
    kept.forEach(c -> toMatch.computeIfAbsent(c.position(), p -> new ArrayList<>()).add(c));

    ChainWalk walk = new ChainWalk(toMatch);
    walk.run(connection, walkUntil);
    Discrepancy found = Discrepancy.first(forged, walk.discrepancy);
    if (found == null && !toMatch.isEmpty() && toMatch.lastKey() > walk.sealedThrough) {
      found = Discrepancy.at(toMatch.ceilingKey(walk.sealedThrough + 1), Kind.LOG_TRUNCATED);
    }
    long logEnd = logEnd(connection);
    return new VerificationReport(
        found == null,
        walk.verifiedThrough,
        walk.sealedThrough,
        logEnd,
        unsealedEvents(connection, walk.sealedThrough),
        (int) stored.stream().filter(c -> c.position() <= walk.verifiedThrough).count(),
        (int) kept.stream().filter(c -> c.position() <= walk.verifiedThrough).count(),
        stored.isEmpty() ? null : stored.get(stored.size() - 1).position(),
        found,
        clock.instant());
  }

  private Discrepancy firstNotGenuine(List<Checkpoint> stored) {
    return stored.stream()
        .filter(c -> !signatures.isGenuine(c))
        .findFirst()
        .map(c -> Discrepancy.at(c.position(), Kind.CHECKPOINT_NOT_GENUINE))
        .orElse(null);
  }

  /** One pass over seals and events side by side, in position order. */
  private static final class ChainWalk {

    private final NavigableMap<Long, List<Checkpoint>> checkpoints;
    private long verifiedThrough;
    private long sealedThrough;
    private long lastMatchingCheckpoint;
    private Discrepancy discrepancy;

    ChainWalk(NavigableMap<Long, List<Checkpoint>> checkpoints) {
      this.checkpoints = checkpoints;
    }

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

    private void walk(ResultSet sealRows, EventCursor events) throws SQLException {
      byte[] previous = ChainHash.GENESIS;
      long expected = 1;
      while (sealRows.next()) {
        long position = sealRows.getLong("position");
        sealedThrough = position;
        if (discrepancy != null) {
          continue; // keep counting the chain's end, judge nothing more
        }
        if (position != expected) {
          discrepancy = Discrepancy.at(expected, Kind.SEAL_MISSING);
          continue;
        }
        String sealedEvent = sealRows.getString("event_identifier");
        StoredEvent event = events.takeIfAt(position);
        byte[] recomputed;
        if (sealedEvent == null) {
          if (event != null) {
            discrepancy = Discrepancy.at(position, Kind.EVENT_INSERTED);
            continue;
          }
          recomputed = ChainHash.ofGap(previous, position);
        } else if (event == null) {
          discrepancy = Discrepancy.at(position, Kind.EVENT_MISSING);
          continue;
        } else if (!sealedEvent.equals(event.eventIdentifier())) {
          discrepancy = Discrepancy.at(position, Kind.EVENT_REPLACED);
          continue;
        } else {
          recomputed = ChainHash.ofEvent(previous, event);
        }
        if (!ChainHash.same(recomputed, sealRows.getBytes("chain_hash"))) {
          discrepancy = Discrepancy.at(position, Kind.EVENT_ALTERED);
          continue;
        }
        if (!matchesCheckpoints(position, recomputed)) {
          discrepancy =
              new Discrepancy(
                  position,
                  Kind.CHECKPOINT_MISMATCH,
                  lastMatchingCheckpoint == 0 ? null : lastMatchingCheckpoint);
          continue;
        }
        verifiedThrough = position;
        previous = recomputed;
        expected++;
      }
    }

    private boolean matchesCheckpoints(long position, byte[] chainHash) {
      List<Checkpoint> here = checkpoints.get(position);
      if (here == null) {
        return true;
      }
      boolean matches = here.stream().allMatch(c -> ChainHash.same(c.chainHash(), chainHash));
      if (matches) {
        lastMatchingCheckpoint = position;
      }
      return matches;
    }
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

  private static List<Checkpoint> storedCheckpoints(Connection connection) throws SQLException {
    List<Checkpoint> stored = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT "
                    + CheckpointTable.COLUMNS
                    + " FROM integrity.checkpoint ORDER BY position");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        stored.add(CheckpointTable.read(rows));
      }
    }
    return stored;
  }

  private static long logEnd(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT coalesce(max(global_index), 0) FROM " + StoredEvents.TABLE);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long unsealedEvents(Connection connection, long sealedThrough)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT count(*) FROM " + StoredEvents.TABLE + " WHERE global_index > ?")) {
      query.setLong(1, sealedThrough);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
