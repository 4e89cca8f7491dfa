package mx.bitacora.query.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NavigableMap;
import mx.bitacora.query.integrity.Discrepancy.Kind;

/**
 * Walks the access log, recomputing each entry's link as its INSERT computed it: {@code
 * SHA-256("bitacora-access-v1" ‖ previous hash ‖ position (8 bytes) ‖ entry as PostgreSQL prints
 * the jsonb)}. Positions are gapless (assigned under a lock), so a missing one is a deletion.
 */
final class AccessLogWalk extends ChainWalk {

  private static final byte[] DOMAIN = "bitacora-access-v1".getBytes(StandardCharsets.UTF_8);

  AccessLogWalk(NavigableMap<Long, List<Checkpoint>> checkpoints) {
    super(checkpoints);
  }

  static byte[] link(byte[] previous, long position, String entry) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(DOMAIN);
      digest.update(previous);
      digest.update(ByteBuffer.allocate(8).putLong(position).array());
      digest.update(entry.getBytes(StandardCharsets.UTF_8));
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  void run(Connection connection, long until) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT position, entry::text AS entry, chain_hash FROM integrity.access_log"
                + " WHERE position <= ? ORDER BY position")) {
      query.setFetchSize(1000);
      query.setLong(1, until);
      try (ResultSet rows = query.executeQuery()) {
        byte[] previous = ChainHash.GENESIS;
        // By hand: a streaming walk over the whole log, each row checked and dropped, no record.
        while (rows.next()) {
          long position = rows.getLong("position");
          sealedThrough = position;
          if (discrepancy != null) {
            continue;
          }
          if (position != verifiedThrough + 1) {
            found(verifiedThrough + 1, Kind.ENTRY_MISSING);
            continue;
          }
          byte[] recomputed = link(previous, position, rows.getString("entry"));
          if (matchesStoredLink(
              position, recomputed, rows.getBytes("chain_hash"), Kind.ENTRY_ALTERED)) {
            previous = recomputed;
          }
        }
      }
    }
  }

  @Override
  long logEnd(Connection connection) throws SQLException {
    return Queries.count(
        connection, "SELECT coalesce(max(position), 0) FROM integrity.access_log", null);
  }

  @Override
  long unchained(Connection connection) {
    return 0; // every entry is chained as it is written
  }
}
