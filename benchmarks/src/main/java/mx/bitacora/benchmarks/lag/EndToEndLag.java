package mx.bitacora.benchmarks.lag;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import mx.bitacora.benchmarks.commands.Network;
import mx.bitacora.benchmarks.load.Api;
import mx.bitacora.benchmarks.load.Latencies;
import org.HdrHistogram.Histogram;

/**
 * M2: plans deliveries at a fixed rate (open loop: a command is sent on schedule whether or not
 * earlier ones have answered) and measures, for every one, the time from its 2xx to the moment DIF
 * staff, subscribed to the shelter's live stream, hear that the delivery changed. query-service
 * announces a change when the projection's transaction commits, so the delivery can be read from
 * then on; each one heard is read once through {@code GET /deliveries/{id}} to check that it is.
 *
 * <p>Earlier runs polled {@code GET /deliveries/{id}} every 2 ms until it answered: at 20 sampled
 * deliveries a second and ~100 ms of lag that is ~1,000 requests a second, which loaded the service
 * being measured (docs/benchmarks.md).
 */
public final class EndToEndLag {

  private static final long VISIBLE_LIMIT_SECONDS = 10;

  private final Network network;
  private final String queryService;
  private final Api api = new Api();

  public EndToEndLag(Network network, String queryServiceUrl) {
    this.network = network;
    this.queryService = queryServiceUrl;
  }

  /** What one rate gave. */
  public record LagResult(
      double targetPerSecond,
      double achievedPerSecond,
      long commands,
      long failures,
      long neverVisible,
      long heardButNotReadable,
      Latencies lag,
      Latencies command) {}

  /** Plans deliveries at {@code perSecond} for {@code seconds}, each one's lag measured. */
  public LagResult at(double perSecond, double seconds) throws InterruptedException {
    Histogram lag = Latencies.newHistogram();
    Histogram command = Latencies.newHistogram();
    AtomicLong done = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicLong neverVisible = new AtomicLong();
    AtomicLong notReadable = new AtomicLong();
    ExecutorService workers = Executors.newFixedThreadPool(64);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    try (LiveStream stream =
        LiveStream.open(
            queryService + "/live/shelters/" + Network.SHELTER, network.difToken(), "delivery")) {
      long start = System.nanoTime();
      clock.scheduleAtFixedRate(
          () ->
              workers.execute(
                  () -> {
                    UUID id = UUID.randomUUID();
                    // Awaited before the command is sent: the change may be heard before the 2xx.
                    CompletableFuture<Long> heard = stream.heard(id.toString());
                    long issued = System.nanoTime();
                    HttpResponse<String> answer;
                    try {
                      answer = network.planDelivery(id);
                    } catch (RuntimeException e) {
                      stream.forget(id.toString());
                      failures.incrementAndGet();
                      return;
                    }
                    long accepted = System.nanoTime();
                    if (answer.statusCode() / 100 != 2) {
                      stream.forget(id.toString());
                      failures.incrementAndGet();
                      return;
                    }
                    done.incrementAndGet();
                    synchronized (command) {
                      command.recordValue(Math.max(1, (accepted - issued) / 1000));
                    }
                    long heardAt = await(heard);
                    stream.forget(id.toString());
                    if (heardAt < 0) {
                      neverVisible.incrementAndGet();
                      return;
                    }
                    synchronized (lag) {
                      lag.recordValue(Math.max(1, (heardAt - accepted) / 1000));
                    }
                    if (api.get(queryService + "/deliveries/" + id, network.difToken()).statusCode()
                        != 200) {
                      notReadable.incrementAndGet();
                    }
                  }),
          0,
          Math.max(1, (long) (1e9 / perSecond)),
          TimeUnit.NANOSECONDS);
      Thread.sleep((long) (seconds * 1000));
      clock.shutdownNow();
      double elapsed = (System.nanoTime() - start) / 1e9;
      workers.shutdown();
      workers.awaitTermination(60, TimeUnit.SECONDS);
      synchronized (lag) {
        return new LagResult(
            perSecond,
            done.get() / elapsed,
            done.get(),
            failures.get(),
            neverVisible.get(),
            notReadable.get(),
            Latencies.of(lag),
            Latencies.of(command));
      }
    }
  }

  /** The nanoTime at which the change was heard, or -1 if not within the limit. */
  private static long await(CompletableFuture<Long> heard) {
    try {
      return heard.get(VISIBLE_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
