package mx.bitacora.query.timetravel;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * Bounds how many "as of" replays run at once: each replays the log from its start through a
 * transaction and a CPU of its own, so more of them than this would slow every other read. A
 * request that finds every slot taken is refused at once ({@link Busy}), to be retried.
 */
class ReplaySlots {

  private final Semaphore slots;

  ReplaySlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("at least one replay slot");
    }
    this.slots = new Semaphore(slots);
  }

  /** {@code replay}'s result, run in a free slot, or {@link Busy} if none is free. */
  <T> T run(Callable<T> replay) throws Exception {
    if (!slots.tryAcquire()) {
      throw new Busy();
    }
    try {
      return replay.call();
    } finally {
      slots.release();
    }
  }

  /** Every slot is taken. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("every as-of replay slot is taken", null, false, false);
    }
  }
}
