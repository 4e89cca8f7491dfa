package mx.bitacora.query.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** One log's signed checkpoints ({@code integrity.checkpoint} or {@code access_checkpoint}). */
final class CheckpointTable {

  static final String COLUMNS = "position, chain_hash, signed_at, key_id, signature";

  private final JdbcTemplate jdbc;
  private final Chain log;

  CheckpointTable(JdbcTemplate jdbc, Chain log) {
    this.jdbc = jdbc;
    this.log = log;
  }

  Optional<Checkpoint> latest() {
    return jdbc
        .query(
            "SELECT "
                + COLUMNS
                + " FROM "
                + log.checkpointTable()
                + " ORDER BY position DESC LIMIT 1",
            (row, n) -> read(row, log))
        .stream()
        .findFirst();
  }

  /** Up to {@code limit} checkpoints after {@code position}, oldest first. */
  List<Checkpoint> after(long position, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM "
            + log.checkpointTable()
            + " WHERE position > ? ORDER BY position LIMIT ?",
        (row, n) -> read(row, log),
        position,
        limit);
  }

  /** Appends a checkpoint; one another instance signed at the same position first is kept. */
  void append(Checkpoint checkpoint) {
    jdbc.update(
        "INSERT INTO "
            + log.checkpointTable()
            + " ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (position) DO NOTHING",
        checkpoint.position(),
        checkpoint.chainHash(),
        Timestamp.from(checkpoint.signedAt()),
        checkpoint.keyId(),
        checkpoint.signature());
  }

  // By hand: a checkpoint names its chain, which is the caller's, not a column.
  static Checkpoint read(ResultSet row, Chain log) throws SQLException {
    return new Checkpoint(
        log,
        row.getLong("position"),
        row.getBytes("chain_hash"),
        row.getTimestamp("signed_at").toInstant(),
        row.getString("key_id"),
        row.getBytes("signature"));
  }
}
