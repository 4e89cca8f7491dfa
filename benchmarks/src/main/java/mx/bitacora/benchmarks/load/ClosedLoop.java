package mx.bitacora.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A fixed number of clients, each on its own platform thread, each sending its next operation as
 * soon as the previous one answered, for a given time: the throughput a system sustains at that
 * concurrency, with the latency each operation saw.
 */
public final class ClosedLoop {

  /** One operation of one client; answers whether it succeeded, or {@link #EXHAUSTED} to stop. */
  @FunctionalInterface
  public interface Operation {
    int call(int client, long sequence) throws Exception;
  }

  /** The operation succeeded. */
  public static final int SUCCEEDED = 1;

  /** The operation failed (e.g. an answer other than 2xx). */
  public static final int FAILED = 0;

  /** Nothing left to do: the client stops. */
  public static final int EXHAUSTED = -1;

  private ClosedLoop() {}

  /** Runs {@code operation} from {@code clients} threads for {@code seconds}. */
  public static LoadResult run(int clients, double seconds, Operation operation)
      throws InterruptedException {
    AtomicLong sequence = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    List<Future<Histogram>> clientResults = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      clientResults.add(
          pool.submit(
              () -> {
                Histogram micros = Latencies.newHistogram();
                while (System.nanoTime() < end) {
                  long sent = System.nanoTime();
                  int outcome;
                  try {
                    outcome = operation.call(client, sequence.getAndIncrement());
                  } catch (Exception e) {
                    outcome = FAILED;
                  }
                  if (outcome == EXHAUSTED) {
                    break;
                  }
                  if (outcome == SUCCEEDED) {
                    micros.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                  } else {
                    failures.incrementAndGet();
                  }
                }
                return micros;
              }));
    }
    Histogram all = Latencies.newHistogram();
    for (Future<Histogram> result : clientResults) {
      try {
        all.add(result.get());
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a client failed", e.getCause());
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new LoadResult(
        clients,
        all.getTotalCount(),
        failures.get(),
        elapsed,
        all.getTotalCount() / elapsed,
        Latencies.of(all));
  }
}
