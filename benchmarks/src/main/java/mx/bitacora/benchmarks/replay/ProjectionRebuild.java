package mx.bitacora.benchmarks.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.bitacora.benchmarks.environment.Platform;

/**
 * M3: stops query-service, empties every table of {@code read_model} (views, tokens, dead letters,
 * instances; not Flyway's history) as superuser, starts query-service again and times until every
 * segment of every processor has a token at the log's head. Tokens are read from {@code
 * read_model.token_entry} every 200 ms, from the moment the process is launched. The integrity
 * sealer (not reset: it goes on from the last sealed position) is timed alongside.
 */
public final class ProjectionRebuild {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Platform platform;

  public ProjectionRebuild(Platform platform) {
    this.platform = platform;
  }

  /** What the rebuild did; rates are events per second. */
  public record RebuildResult(
      long events,
      boolean reachedHead,
      double startUpSeconds,
      double firstProgressSeconds,
      double totalSeconds,
      double eventsPerSecondProcessing,
      double eventsPerSecondTotal,
      double slowestProcessorFraction,
      long sealerPositionsSealed,
      double sealerSeconds,
      boolean sealerReachedHead,
      long deadLetters,
      double queryServicePeakResidentMiB) {}

  /** Rebuilds, giving up after {@code limitSeconds} (the figures then say how far it came). */
  public RebuildResult run(double limitSeconds)
      throws SQLException, IOException, InterruptedException {
    return run(limitSeconds, List.of());
  }

  /** As {@link #run(double)}, query-service started with {@code settings} added. */
  public RebuildResult run(double limitSeconds, List<String> settings)
      throws SQLException, IOException, InterruptedException {
    platform.stopQueryService();
    long head;
    long sealedBefore;
    try (Connection connection = platform.database().connect();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select tablename from pg_tables where schemaname = 'read_model'"
                  + " and tablename <> 'flyway_schema_history'")) {
        while (rows.next()) {
          tables.add("read_model." + rows.getString(1));
        }
      }
      statement.execute("truncate " + String.join(", ", tables));
      head =
          single(
              statement,
              "select coalesce(max(global_index), 0) from event_store.domain_event_entry");
      sealedBefore =
          single(statement, "select coalesce(max(position), 0) from integrity.event_seal");
    }
    long events;
    try (Connection connection = platform.database().connect();
        Statement statement = connection.createStatement()) {
      events = single(statement, "select count(*) from event_store.domain_event_entry");
    }
    Watch watch = new Watch(head, limitSeconds);
    Thread watcher = new Thread(watch, "rebuild-watch");
    long launched = System.nanoTime();
    watch.launched = launched;
    watcher.start();
    platform.startQueryService(settings);
    watch.ready = true;
    watcher.join();
    double start = platform.lastQueryStartSeconds();
    double processing = watch.doneSeconds - watch.firstProgressSeconds;
    long deadLetters;
    try (Connection connection = platform.database().connect();
        Statement statement = connection.createStatement()) {
      deadLetters = single(statement, "select count(*) from read_model.dead_letter_entry");
    }
    return new RebuildResult(
        events,
        watch.reached,
        start,
        watch.firstProgressSeconds,
        watch.doneSeconds,
        watch.reached ? events / processing : watch.slowest * events / processing,
        watch.reached ? events / watch.doneSeconds : Double.NaN,
        watch.slowest,
        head - sealedBefore,
        watch.sealedSeconds,
        watch.sealedHead,
        deadLetters,
        platform.queryService().peakResidentBytes() / 1048576.0);
  }

  /** Polls the tokens and the seals until both are at the head or the time is up. */
  private final class Watch implements Runnable {
    private final long head;
    private final double limitSeconds;
    volatile long launched;
    volatile boolean ready;
    double firstProgressSeconds = Double.NaN;
    double doneSeconds = Double.NaN;
    double sealedSeconds = Double.NaN;
    boolean reached;
    boolean sealedHead;
    double slowest;

    Watch(long head, double limitSeconds) {
      this.head = head;
      this.limitSeconds = limitSeconds;
    }

    @Override
    public void run() {
      try (Connection connection = platform.database().connect();
          Statement statement = connection.createStatement()) {
        while (true) {
          double now = (System.nanoTime() - launched) / 1e9;
          List<Long> positions = tokenPositions(statement);
          long least = positions.stream().mapToLong(Long::longValue).min().orElse(-1);
          if (Double.isNaN(firstProgressSeconds) && positions.stream().anyMatch(p -> p > 0)) {
            firstProgressSeconds = now;
          }
          slowest = Math.max(0, least) / (double) head;
          if (!sealedHead
              && single(statement, "select coalesce(max(position), 0) from integrity.event_seal")
                  >= head) {
            sealedHead = true;
            sealedSeconds = now;
          }
          if (ready && !positions.isEmpty() && least >= head && !reached) {
            reached = true;
            doneSeconds = now;
          }
          if ((reached && sealedHead) || now > limitSeconds) {
            if (!reached) {
              doneSeconds = now;
            }
            return;
          }
          Thread.sleep(200);
        }
      } catch (SQLException | IOException e) {
        throw new IllegalStateException("could not watch the rebuild", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Waits until every processor has reached the log's head; false if {@code limitSeconds} passed.
   */
  public boolean awaitHead(double limitSeconds)
      throws SQLException, IOException, InterruptedException {
    long deadline = System.nanoTime() + (long) (limitSeconds * 1e9);
    while (System.nanoTime() < deadline) {
      long head;
      try (Connection connection = platform.database().connect();
          Statement statement = connection.createStatement()) {
        head =
            single(
                statement,
                "select coalesce(max(global_index), 0) from event_store.domain_event_entry");
      }
      Map<String, Long> positions = positionsByProcessor();
      if (!positions.isEmpty() && positions.values().stream().allMatch(p -> p >= head)) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  /** The lowest position any segment of each processor has reached, by processor name. */
  public Map<String, Long> positionsByProcessor() throws SQLException, IOException {
    Map<String, Long> positions = new TreeMap<>();
    try (Connection connection = platform.database().connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select processor_name, token from read_model.token_entry")) {
      while (rows.next()) {
        byte[] token = rows.getBytes(2);
        long position = token == null ? -1 : index(JSON.readTree(token));
        positions.merge(rows.getString(1), position, Math::min);
      }
    }
    return positions;
  }

  /** Each segment's token index (-1 for a segment without a token yet). */
  private static List<Long> tokenPositions(Statement statement) throws SQLException, IOException {
    List<Long> positions = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery("select token from read_model.token_entry")) {
      while (rows.next()) {
        byte[] token = rows.getBytes(1);
        positions.add(token == null ? -1 : index(JSON.readTree(token)));
      }
    }
    return positions;
  }

  private static long index(JsonNode token) {
    if (token.has("index")) {
      return token.get("index").asLong();
    }
    // A wrapped token (e.g. a replay's): its current position.
    for (String field : List.of("currentToken", "tokenAtReset")) {
      if (token.has(field)) {
        return index(token.get(field));
      }
    }
    return -1;
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
