package mx.bitacora.query.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import mx.bitacora.platform.problem.RejectedException;
import org.springframework.dao.DataAccessResourceFailureException;

/** Answers the integrity API: the public key, the published checkpoints and verifications. */
class IntegrityQueries {

  static final String CHECKPOINT_NOT_GENUINE = "CHECKPOINT_NOT_GENUINE";
  static final String NO_CHECKPOINT_YET = "NO_CHECKPOINT_YET";

  private final DataSource dataSource;
  private final CheckpointTable checkpoints;
  private final LogVerifier verifier;
  private final CheckpointVerifier signatures;

  IntegrityQueries(
      DataSource dataSource,
      CheckpointTable checkpoints,
      LogVerifier verifier,
      CheckpointVerifier signatures) {
    this.dataSource = dataSource;
    this.checkpoints = checkpoints;
    this.verifier = verifier;
    this.signatures = signatures;
  }

  PublicKey publicKey() {
    return new PublicKey("Ed25519", signatures.publicKeyBase64(), signatures.keyId());
  }

  List<PublishedCheckpoint> checkpointsAfter(long position, int limit) {
    return checkpoints.after(position, limit).stream().map(PublishedCheckpoint::of).toList();
  }

  PublishedCheckpoint latestCheckpoint() {
    return checkpoints
        .latest()
        .map(PublishedCheckpoint::of)
        .orElseThrow(() -> RejectedException.notFound(NO_CHECKPOINT_YET));
  }

  /** Verifies the whole log, and that it still extends every checkpoint in {@code kept}. */
  VerificationReport verify(List<PublishedCheckpoint> kept) {
    List<Checkpoint> genuine = kept.stream().map(PublishedCheckpoint::toCheckpoint).toList();
    for (Checkpoint checkpoint : genuine) {
      if (!verifier.isGenuine(checkpoint)) {
        throw RejectedException.unprocessable(CHECKPOINT_NOT_GENUINE, checkpoint.position());
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      return verifier.verify(connection, genuine);
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("could not read the log to verify it", e);
    }
  }

  /** The key that signs checkpoints, for agencies to keep beside their checkpoints. */
  record PublicKey(String algorithm, String publicKey, String keyId) {}
}
