package mx.bitacora.query.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import mx.bitacora.platform.problem.RejectedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Answers the integrity API: the public key, the published checkpoints and verifications. */
class IntegrityQueries {

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final LogVerifier verifier;
  private final CheckpointVerifier signatures;
  private final VerificationOutcomes outcomes;

  IntegrityQueries(
      DataSource dataSource,
      JdbcTemplate jdbc,
      LogVerifier verifier,
      CheckpointVerifier signatures,
      VerificationOutcomes outcomes) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.verifier = verifier;
    this.signatures = signatures;
    this.outcomes = outcomes;
  }

  PublicKey publicKey() {
    return new PublicKey("Ed25519", signatures.publicKeyBase64(), signatures.keyId());
  }

  List<PublishedCheckpoint> checkpointsAfter(Chain log, long position, int limit) {
    return new CheckpointTable(jdbc, log)
        .after(position, limit).stream().map(PublishedCheckpoint::of).toList();
  }

  PublishedCheckpoint latestCheckpoint(Chain log) {
    return new CheckpointTable(jdbc, log)
        .latest()
        .map(PublishedCheckpoint::of)
        .orElseThrow(() -> new RejectedException(IntegrityProblem.NO_CHECKPOINT_YET));
  }

  /**
   * Verifies the whole of {@code log}, and that it still extends every checkpoint in {@code kept}.
   */
  VerificationReport verify(Chain log, List<PublishedCheckpoint> kept) {
    List<Checkpoint> genuine = kept.stream().map(PublishedCheckpoint::toCheckpoint).toList();
    for (Checkpoint checkpoint : genuine) {
      if (checkpoint.log() != log) {
        throw new RejectedException(
            IntegrityProblem.CHECKPOINT_OF_ANOTHER_LOG, checkpoint.position());
      }
      if (!verifier.isGenuine(checkpoint)) {
        throw new RejectedException(IntegrityProblem.CHECKPOINT_NOT_GENUINE, checkpoint.position());
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      return outcomes.count(log, verifier.verify(connection, log, genuine));
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("could not read the log to verify it", e);
    }
  }

  /** The key that signs checkpoints, for agencies to keep beside their checkpoints. */
  record PublicKey(String algorithm, String publicKey, String keyId) {}
}
