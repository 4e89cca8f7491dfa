package mx.bitacora.query.integrity;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints of the access log's chain (which is built as entries are written, see {@code
 * platform.accesslog.JdbcCaseAccessLog}) on the sealer's schedule and by the same rules as the
 * event log's.
 */
final class AccessLogCheckpoints {

  // Names the lock an instance takes to sign; another instance signing meanwhile skips its turn.
  private static final long SIGNING_LOCK = 0x6269746163_6370L;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final CheckpointSigner signer;

  AccessLogCheckpoints(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      SigningKey signingKey,
      Clock clock,
      EventSealer.Settings settings) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.signer =
        new CheckpointSigner(
            Chain.ACCESS_LOG,
            jdbc,
            signingKey,
            clock,
            settings.checkpointEveryPositions(),
            settings.checkpointEvery());
  }

  void signIfDue() {
    transactions.executeWithoutResult(
        status -> {
          if (!Boolean.TRUE.equals(
              jdbc.queryForObject(
                  "SELECT pg_try_advisory_xact_lock(?)", Boolean.class, SIGNING_LOCK))) {
            return;
          }
          jdbc.query(
              "SELECT position, chain_hash FROM integrity.access_log ORDER BY position DESC LIMIT 1",
              // By hand: the one row is handed straight to the signer, not kept as a record.
              row -> {
                signer.signIfDue(row.getLong("position"), row.getBytes("chain_hash"));
              });
        });
  }
}
