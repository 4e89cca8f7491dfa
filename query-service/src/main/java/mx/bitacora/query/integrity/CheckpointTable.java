package mx.bitacora.query.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code integrity.checkpoint}: the signed checkpoints, appended and never changed. */
final class CheckpointTable {

  static final String COLUMNS = "position, chain_hash, signed_at, key_id, signature";

  private final JdbcTemplate jdbc;

  CheckpointTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Checkpoint> latest() {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM integrity.checkpoint ORDER BY position DESC LIMIT 1",
            (row, n) -> read(row))
        .stream()
        .findFirst();
  }

  /** Up to {@code limit} checkpoints after {@code position}, oldest first. */
  List<Checkpoint> after(long position, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM integrity.checkpoint WHERE position > ? ORDER BY position LIMIT ?",
        (row, n) -> read(row),
        position,
        limit);
  }

  void append(Checkpoint checkpoint) {
    jdbc.update(
        "INSERT INTO integrity.checkpoint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
        checkpoint.position(),
        checkpoint.chainHash(),
        Timestamp.from(checkpoint.signedAt()),
        checkpoint.keyId(),
        checkpoint.signature());
  }

  static Checkpoint read(ResultSet row) throws SQLException {
    return new Checkpoint(
        row.getLong("position"),
        row.getBytes("chain_hash"),
        row.getTimestamp("signed_at").toInstant(),
        row.getString("key_id"),
        row.getBytes("signature"));
  }
}
