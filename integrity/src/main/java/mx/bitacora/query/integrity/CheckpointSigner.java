package mx.bitacora.query.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signs a checkpoint of one log's chain head once enough positions have been chained since the last
 * checkpoint or enough time has passed, whichever comes first. The caller holds the log's lock, so
 * the head it passes is current.
 */
final class CheckpointSigner {

  private final Chain log;
  private final CheckpointTable checkpoints;
  private final SigningKey signingKey;
  private final Clock clock;
  private final long everyPositions;
  private final Duration every;

  CheckpointSigner(
      Chain log,
      JdbcTemplate jdbc,
      SigningKey signingKey,
      Clock clock,
      long everyPositions,
      Duration every) {
    this.log = log;
    this.checkpoints = new CheckpointTable(jdbc, log);
    this.signingKey = signingKey;
    this.clock = clock;
    this.everyPositions = everyPositions;
    this.every = every;
  }

  /** Signs a checkpoint if one is due; returns the latest checkpoint (null before the first). */
  Checkpoint signIfDue(long headPosition, byte[] headHash) {
    if (headPosition == 0) {
      return null; // nothing sealed, so nothing signed
    }
    Optional<Checkpoint> latest = checkpoints.latest();
    long signedThrough = latest.map(Checkpoint::position).orElse(0L);
    if (headPosition <= signedThrough) {
      return latest.get();
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    boolean enoughPositions = headPosition - signedThrough >= everyPositions;
    boolean enoughTime = latest.map(c -> !now.isBefore(c.signedAt().plus(every))).orElse(true);
    if (enoughPositions || enoughTime) {
      Checkpoint signed = signingKey.sign(log, headPosition, headHash, now);
      checkpoints.append(signed);
      return signed;
    }
    return latest.orElse(null);
  }
}
