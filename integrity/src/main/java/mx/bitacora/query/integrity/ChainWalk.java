package mx.bitacora.query.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.NavigableMap;

/**
 * One pass over a log's chain in position order, recomputing each link and checking it against the
 * checkpoints at that position; stops judging at the first discrepancy but keeps counting the
 * chain's end.
 */
abstract class ChainWalk {

  private final NavigableMap<Long, List<Checkpoint>> checkpoints;
  long verifiedThrough;
  long sealedThrough;
  private long lastMatchingCheckpoint;
  Discrepancy discrepancy;

  ChainWalk(NavigableMap<Long, List<Checkpoint>> checkpoints) {
    this.checkpoints = checkpoints;
  }

  /** Walks positions up to {@code until}. */
  abstract void run(Connection connection, long until) throws SQLException;

  /** The highest position the log itself holds (for events, beyond the sealed end too). */
  abstract long logEnd(Connection connection) throws SQLException;

  /** How many entries of the log lie beyond the chain's end, not yet judged. */
  abstract long unchained(Connection connection) throws SQLException;

  /** Records the recomputed link of {@code position}: verified, or a checkpoint there disagrees. */
  final void linkVerified(long position, byte[] recomputed) {
    List<Checkpoint> here = checkpoints.get(position);
    if (here != null && !here.stream().allMatch(c -> ChainHash.same(c.chainHash(), recomputed))) {
      discrepancy =
          new Discrepancy(
              position,
              Discrepancy.Kind.CHECKPOINT_MISMATCH,
              lastMatchingCheckpoint == 0 ? null : lastMatchingCheckpoint);
      return;
    }
    if (here != null) {
      lastMatchingCheckpoint = position;
    }
    verifiedThrough = position;
  }

  /**
   * Compares the link recomputed at {@code position} with the one stored there: on a match the link
   * is {@link #linkVerified verified} and true returned, otherwise {@code altered} is found.
   */
  final boolean matchesStoredLink(
      long position, byte[] recomputed, byte[] stored, Discrepancy.Kind altered) {
    if (!ChainHash.same(recomputed, stored)) {
      found(position, altered);
      return false;
    }
    linkVerified(position, recomputed);
    return true;
  }

  final void found(long position, Discrepancy.Kind kind) {
    discrepancy = Discrepancy.at(position, kind);
  }
}
