package mx.bitacora.platform.eventstore;

import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Where the events a command appended were stored, learned in the appending transaction itself, and
 * whether that transaction committed. A caller wraps the sending of one command in {@link
 * #whileSending}; Axon's simple command bus handles and commits it on the calling thread, where the
 * engine ({@link PositionedJdbcEventStorageEngine}) reports each append.
 */
public final class AppendedPositions {

  private static final ThreadLocal<Capture> CURRENT = new ThreadLocal<>();

  private AppendedPositions() {}

  /**
   * Runs {@code send}; each time it appends events, {@code inTransaction} is called with the last
   * position appended so far, before the appending transaction commits (a failure there rolls the
   * append back). The outcome says where the events were stored and whether they committed, also
   * when {@code send} failed: a failure after the commit does not undo what was recorded.
   */
  public static Outcome whileSending(Runnable send, LongConsumer inTransaction) {
    Capture outer = CURRENT.get();
    Capture capture = new Capture(inTransaction);
    CURRENT.set(capture);
    try {
      send.run();
      return capture.outcome(null);
    } catch (RuntimeException failure) {
      return capture.outcome(failure);
    } finally {
      CURRENT.set(outer);
    }
  }

  static boolean capturing() {
    return CURRENT.get() != null;
  }

  /** Called by the engine, in the appending transaction, with the last position it appended. */
  static void appended(long lastPosition) {
    Capture capture = CURRENT.get();
    capture.last = Math.max(capture.last, lastPosition);
    capture.inTransaction.accept(capture.last);
    if (CurrentUnitOfWork.isStarted()) {
      // Axon runs after-commit handlers only once the transaction committed, and all of them
      // even if one fails (commit handlers run in reverse, so the transaction commits last there).
      CurrentUnitOfWork.get().root().afterCommit(committed -> capture.committed = true);
    } else {
      capture.committed = true; // Axon appended and committed in a transaction of its own
    }
  }

  /**
   * What sending a command stored.
   *
   * @param lastPosition the position of the last event stored, if any was appended
   * @param committed whether the appending transaction committed
   * @param failure what {@code send} threw, null if it returned
   */
  public record Outcome(OptionalLong lastPosition, boolean committed, RuntimeException failure) {

    /** The command's events are stored even though sending it failed afterwards. */
    public boolean recordedDespiteFailure() {
      return failure != null && committed && lastPosition.isPresent();
    }

    /** This outcome, committed if {@code stored} (the log holds the last event appended). */
    public Outcome committedIf(boolean stored) {
      return new Outcome(lastPosition, committed || stored, failure);
    }

    /** Rethrows the failure, unless the events were stored. */
    public Outcome rethrowUnlessRecorded() {
      if (failure != null && !recordedDespiteFailure()) {
        throw failure;
      }
      return this;
    }
  }

  private static final class Capture {
    private final LongConsumer inTransaction;
    private long last = -1;
    private volatile boolean committed;

    Capture(LongConsumer inTransaction) {
      this.inTransaction = inTransaction;
    }

    Outcome outcome(RuntimeException failure) {
      return new Outcome(
          last < 0 ? OptionalLong.empty() : OptionalLong.of(last), committed, failure);
    }
  }
}
