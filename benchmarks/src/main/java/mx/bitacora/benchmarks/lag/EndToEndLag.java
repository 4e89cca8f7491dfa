package mx.bitacora.benchmarks.lag;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mx.bitacora.benchmarks.commands.Network;
import mx.bitacora.benchmarks.load.Api;
import mx.bitacora.benchmarks.load.Latencies;
import org.HdrHistogram.Histogram;

/**
 * M2: plans deliveries at a fixed rate (open loop: a command is sent on schedule whether or not
 * earlier ones have answered) and, for a sample of them, polls query-service's delivery detail
 * every {@link #POLL_MILLIS} ms from the 2xx on until it answers 200. Only a sample is polled, so
 * that the polling itself does not load query-service noticeably.
 */
public final class EndToEndLag {

  /** The pause between two polls of one delivery: the resolution of the figure. */
  public static final int POLL_MILLIS = 2;

  private static final long VISIBLE_LIMIT_NANOS = 10_000_000_000L;

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
      Latencies lag,
      Latencies command) {}

  /** Plans deliveries at {@code perSecond} for {@code seconds}, about {@code sampled}/s polled. */
  public LagResult at(double perSecond, double seconds, double sampledPerSecond)
      throws InterruptedException {
    long every = Math.max(1, Math.round(perSecond / sampledPerSecond));
    Histogram lag = Latencies.newHistogram();
    Histogram command = Latencies.newHistogram();
    AtomicLong sent = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicLong neverVisible = new AtomicLong();
    ExecutorService workers = Executors.newFixedThreadPool(64);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long start = System.nanoTime();
    clock.scheduleAtFixedRate(
        () -> {
          long number = sent.getAndIncrement();
          workers.execute(
              () -> {
                UUID id = UUID.randomUUID();
                long issued = System.nanoTime();
                HttpResponse<String> answer;
                try {
                  answer = network.planDelivery(id);
                } catch (RuntimeException e) {
                  failures.incrementAndGet();
                  return;
                }
                long accepted = System.nanoTime();
                if (answer.statusCode() / 100 != 2) {
                  failures.incrementAndGet();
                  return;
                }
                done.incrementAndGet();
                synchronized (command) {
                  command.recordValue(Math.max(1, (accepted - issued) / 1000));
                }
                if (number % every == 0) {
                  long visible = awaitVisible(id, accepted);
                  if (visible < 0) {
                    neverVisible.incrementAndGet();
                  } else {
                    synchronized (lag) {
                      lag.recordValue(Math.max(1, (visible - accepted) / 1000));
                    }
                  }
                }
              });
        },
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
          Latencies.of(lag),
          Latencies.of(command));
    }
  }

  /** The nanoTime at which the delivery was first seen, or -1 after ten seconds. */
  private long awaitVisible(UUID id, long since) {
    String url = queryService + "/deliveries/" + id;
    while (System.nanoTime() - since < VISIBLE_LIMIT_NANOS) {
      if (api.get(url, network.difToken()).statusCode() == 200) {
        return System.nanoTime();
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
    return -1;
  }
}
