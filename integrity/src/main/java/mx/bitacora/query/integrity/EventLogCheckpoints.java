package mx.bitacora.query.integrity;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event log's signed checkpoints for what is computed from the log and must say where it stands
 * (a review report): the newest one, one at a given position, each checked against the platform's
 * public key.
 */
public class EventLogCheckpoints {

  private final CheckpointTable table;
  private final CheckpointVerifier signatures;

  EventLogCheckpoints(JdbcTemplate jdbc, CheckpointVerifier signatures) {
    this.table = new CheckpointTable(jdbc, Chain.EVENT_LOG);
    this.signatures = signatures;
  }

  /** The newest checkpoint of the event log, if one was signed yet. */
  public Optional<CheckedCheckpoint> latest() {
    return table.latest().map(this::checked);
  }

  /** The checkpoint signed at exactly {@code position}, if there is one. */
  public Optional<CheckedCheckpoint> at(long position) {
    return table.after(position - 1, 1).stream()
        .filter(checkpoint -> checkpoint.position() == position)
        .findFirst()
        .map(this::checked);
  }

  private CheckedCheckpoint checked(Checkpoint checkpoint) {
    return new CheckedCheckpoint(
        PublishedCheckpoint.of(checkpoint), signatures.isGenuine(checkpoint));
  }

  /**
   * A checkpoint as published, and whether its signature is the platform's key's over what it
   * states.
   */
  public record CheckedCheckpoint(PublishedCheckpoint checkpoint, boolean genuine) {}
}
