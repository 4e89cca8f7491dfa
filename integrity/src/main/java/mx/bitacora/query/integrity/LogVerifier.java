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
 * Re-reads a log and its chain from one snapshot and recomputes every link: reports the first
 * position where they disagree, or that all is intact through the chain's end. Checks every stored
 * checkpoint's signature and hash, and proves the log still extends any checkpoints an agency kept.
 * Plain JDBC, so operators can run it without the service (see {@link VerifyEventLog}).
 */
final class LogVerifier {

  private final CheckpointVerifier signatures;
  private final Clock clock;

  LogVerifier(CheckpointVerifier signatures, Clock clock) {
    this.signatures = signatures;
    this.clock = clock;
  }

  /** Verifies the event log; {@code kept} are checkpoints of it kept outside the database. */
  VerificationReport verify(Connection connection, Collection<Checkpoint> kept)
      throws SQLException {
    return verify(connection, Chain.EVENT_LOG, kept);
  }

  /**
   * Verifies {@code log}'s chain; {@code kept} are checkpoints of that log kept outside the
   * database, each already checked with {@link #isGenuine}.
   */
  VerificationReport verify(Connection connection, Chain log, Collection<Checkpoint> kept)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    connection.setReadOnly(true);
    try {
      return verifyInOneSnapshot(connection, log, kept);
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

  private VerificationReport verifyInOneSnapshot(
      Connection connection, Chain log, Collection<Checkpoint> kept) throws SQLException {
    List<Checkpoint> stored = storedCheckpoints(connection, log);
    Discrepancy forged = firstNotGenuine(stored);
    long walkUntil = forged == null ? Long.MAX_VALUE : forged.position() - 1;
    NavigableMap<Long, List<Checkpoint>> toMatch = new TreeMap<>();
    stored.stream()
        .filter(c -> c.position() <= walkUntil)
        .forEach(c -> toMatch.computeIfAbsent(c.position(), p -> new ArrayList<>()).add(c));
    kept.forEach(c -> toMatch.computeIfAbsent(c.position(), p -> new ArrayList<>()).add(c));

    ChainWalk walk =
        log == Chain.EVENT_LOG ? new EventLogWalk(toMatch) : new AccessLogWalk(toMatch);
    walk.run(connection, walkUntil);
    Discrepancy found = Discrepancy.first(forged, walk.discrepancy);
    if (found == null && !toMatch.isEmpty() && toMatch.lastKey() > walk.sealedThrough) {
      found = Discrepancy.at(toMatch.ceilingKey(walk.sealedThrough + 1), Kind.LOG_TRUNCATED);
    }
    return new VerificationReport(
        found == null,
        walk.verifiedThrough,
        walk.sealedThrough,
        walk.logEnd(connection),
        walk.unchained(connection),
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

  private static List<Checkpoint> storedCheckpoints(Connection connection, Chain log)
      throws SQLException {
    List<Checkpoint> stored = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT "
                    + CheckpointTable.COLUMNS
                    + " FROM "
                    + log.checkpointTable()
                    + " ORDER BY position");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        stored.add(CheckpointTable.read(rows, log));
      }
    }
    return stored;
  }
}
