package mx.bitacora.benchmarks.environment;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One service running as its own JVM process from its executable jar, logging to a file. */
public final class ServiceProcess implements AutoCloseable {

  private static final Pattern MEASUREMENT = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

  /** {@code getconf CLK_TCK} on Linux. */
  private static final double CLOCK_TICKS_PER_SECOND = 100.0;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;
  private final long startedNanos;

  private ServiceProcess(String name, int port, Process process, long startedNanos) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.startedNanos = startedNanos;
  }

  /**
   * Starts {@code java <jvmFlags> -jar <jar> --server.port=<free port> <arguments>} with {@code
   * environment} added, output to {@code logDirectory/<name>.log}.
   */
  public static ServiceProcess start(
      String name,
      Path jar,
      List<String> jvmFlags,
      List<String> arguments,
      Map<String, String> environment,
      Path logDirectory)
      throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    Files.createDirectories(logDirectory);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(logDirectory.resolve(name + ".log").toFile()));
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    return new ServiceProcess(name, port, builder.start(), started);
  }

  /** Waits until readiness answers 200; returns the seconds since the process was started. */
  public double awaitReady(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped during start-up; see its log");
      }
      try {
        HttpResponse<Void> ready =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness"))).build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return (System.nanoTime() - startedNanos) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " not ready within " + limit);
  }

  /** The service's base URL followed by {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** The operating-system process id. */
  public long pid() {
    return process.pid();
  }

  /** Nanosecond clock reading of the moment the process was started. */
  public long startedNanos() {
    return startedNanos;
  }

  /** Peak resident set size since start ({@code VmHWM} of {@code /proc/<pid>/status}), bytes. */
  public long peakResidentBytes() {
    return procStatus("VmHWM");
  }

  /**
   * CPU time the process has used so far (user plus system, from {@code /proc/<pid>/stat}), in
   * seconds; -1 if unavailable.
   */
  public double cpuSeconds() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
      // Fields after the command name (which is in parentheses and may hold spaces).
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Current resident set size ({@code VmRSS}), bytes. */
  public long residentBytes() {
    return procStatus("VmRSS");
  }

  /** Heap in use now, from the actuator's {@code jvm.memory.used}, bytes; -1 if unavailable. */
  public long heapUsedBytes(String token) {
    try {
      HttpResponse<String> metric =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(url("/actuator/metrics/jvm.memory.used?tag=area:heap")))
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher value = MEASUREMENT.matcher(metric.body());
      return metric.statusCode() == 200 && value.find()
          ? (long) Double.parseDouble(value.group(1))
          : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private long procStatus(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
      return -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Kills the process at once (SIGKILL, as {@code kill -9}): no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** Stops the process (SIGTERM, then SIGKILL after 30 s). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
