package mx.bitacora.benchmarks.commands;

import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import mx.bitacora.benchmarks.environment.ServiceProcess;

/**
 * M5: samples each service's heap in use every 250 ms while a load runs, and reads each process's
 * peak resident memory when it ends.
 */
public final class MemoryWatch implements AutoCloseable {

  /** One service's memory under the load. */
  public record ServiceMemory(String service, double peakResidentMiB, double peakHeapUsedMiB) {}

  private final List<String> names;
  private final List<ServiceProcess> services;
  private final String token;
  private final AtomicLongArray peakHeap;
  private final Thread sampler;
  private volatile boolean running = true;

  private MemoryWatch(List<String> names, List<ServiceProcess> services, String token) {
    this.names = names;
    this.services = services;
    this.token = token;
    this.peakHeap = new AtomicLongArray(services.size());
    this.sampler = new Thread(this::sample, "memory-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /**
   * Starts sampling {@code services} (named by {@code names}), reading metrics with {@code token}.
   */
  public static MemoryWatch start(List<String> names, List<ServiceProcess> services, String token) {
    return new MemoryWatch(names, services, token);
  }

  private void sample() {
    while (running) {
      for (int i = 0; i < services.size(); i++) {
        long used = services.get(i).heapUsedBytes(token);
        int index = i;
        peakHeap.getAndUpdate(index, peak -> Math.max(peak, used));
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The peaks seen so far, per service. */
  public List<ServiceMemory> peaks() {
    return java.util.stream.IntStream.range(0, services.size())
        .mapToObj(
            i ->
                new ServiceMemory(
                    names.get(i),
                    services.get(i).peakResidentBytes() / 1048576.0,
                    peakHeap.get(i) / 1048576.0))
        .toList();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
