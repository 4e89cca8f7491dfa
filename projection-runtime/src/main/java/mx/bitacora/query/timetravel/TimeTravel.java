package mx.bitacora.query.timetravel;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Answers a request "as of" a past moment: resolves an instant to the last position recorded by
 * then, waits (bounded) until that position is settled, and runs the request over a replay of its
 * view through it. The answer names the position in {@value #POSITION_HEADER}.
 */
class TimeTravel implements PastReads {

  /** The response header naming the log position an "as of" answer was replayed through. */
  static final String POSITION_HEADER = "X-As-Of-Position";

  private final SettledLog log;
  private final PastViews pastViews;
  private final TimeTravelProperties properties;
  private final ReplaySlots slots;

  TimeTravel(
      SettledLog log, PastViews pastViews, TimeTravelProperties properties, ReplaySlots slots) {
    this.log = log;
    this.pastViews = pastViews;
    this.properties = properties;
    this.slots = slots;
  }

  <T> T answer(AsOf asOf, List<String> groups, HttpServletResponse response, Callable<T> request)
      throws Exception {
    long position = asOf.position() != null ? asOf.position() : log.lastRecordedBy(asOf.instant());
    awaitSettled(position);
    return slots.run(
        () -> {
          response.setHeader(POSITION_HEADER, Long.toString(position));
          return pastViews.asOf(position, groups, request);
        });
  }

  @Override
  public <T> T asOf(long position, List<String> groups, Callable<T> read) throws Exception {
    awaitSettled(position);
    return slots.run(() -> pastViews.asOf(position, groups, read));
  }

  private void awaitSettled(long position) throws InterruptedException {
    long deadline = System.nanoTime() + properties.maxWait().toNanos();
    while (log.settledThrough() < position) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new PastNotSettled(properties.retryAfterSeconds());
      }
      Thread.sleep(Math.max(1, Math.min(properties.pollInterval().toMillis(), left / 1_000_000)));
    }
  }

  /** The moment asked for is not settled yet: a later event could still appear at or below it. */
  static final class PastNotSettled extends RuntimeException {
    private final transient long retryAfterSeconds;

    PastNotSettled(long retryAfterSeconds) {
      super("as-of position not settled yet", null, false, false);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
