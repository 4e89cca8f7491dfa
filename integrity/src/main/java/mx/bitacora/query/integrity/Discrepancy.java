package mx.bitacora.query.integrity;

/**
 * The first place where the log and its seals or checkpoints disagree: the position, what was found
 * there, and for a checkpoint mismatch the last checkpoint that still matched (the change lies
 * after it).
 */
public record Discrepancy(long position, Kind kind, Long lastMatchingCheckpoint) {

  /** What kind of disagreement was found at the position. */
  public enum Kind {
    /** The event stored at the position (or its seal) changed after it was sealed. */
    EVENT_ALTERED,
    /** A different event now stands at the position (moved, swapped or replaced). */
    EVENT_REPLACED,
    /** The event sealed at the position is gone. */
    EVENT_MISSING,
    /** An event stands at a position that was sealed as holding none. */
    EVENT_INSERTED,
    /** The chain has no seal for the position, though later positions are sealed. */
    SEAL_MISSING,
    /** An access-log entry changed after it was written. */
    ENTRY_ALTERED,
    /** An access-log entry is gone (its position is missing though later ones exist). */
    ENTRY_MISSING,
    /** A stored checkpoint's signature is not the platform's. */
    CHECKPOINT_NOT_GENUINE,
    /** The chain through the position no longer hashes to what its signed checkpoint says. */
    CHECKPOINT_MISMATCH,
    /** A signed checkpoint names a position beyond the end of the sealed log. */
    LOG_TRUNCATED
  }

  static Discrepancy at(long position, Kind kind) {
    return new Discrepancy(position, kind, null);
  }

  /** The earlier of two findings (either may be null). */
  static Discrepancy first(Discrepancy a, Discrepancy b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.position() < a.position() ? b : a;
  }
}
