package mx.bitacora.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.bitacora.benchmarks.baseline.RawInserts;
import mx.bitacora.benchmarks.baseline.RawReplay;
import mx.bitacora.benchmarks.commands.CommandThroughput;
import mx.bitacora.benchmarks.commands.CpuMeter;
import mx.bitacora.benchmarks.commands.MemoryWatch;
import mx.bitacora.benchmarks.commands.Network;
import mx.bitacora.benchmarks.environment.Machine;
import mx.bitacora.benchmarks.environment.Platform;
import mx.bitacora.benchmarks.lag.EndToEndLag;
import mx.bitacora.benchmarks.load.LoadResult;
import mx.bitacora.benchmarks.queries.QueryLatency;
import mx.bitacora.benchmarks.queries.QueryLatency.View;
import mx.bitacora.benchmarks.replay.EventSeeder;
import mx.bitacora.benchmarks.replay.ProjectionRebuild;
import mx.bitacora.benchmarks.replay.Tuning;
import mx.bitacora.benchmarks.report.Report;
import mx.bitacora.benchmarks.report.ReportFiles;
import mx.bitacora.benchmarks.report.Targets;

/**
 * Runs every benchmark of issue 6 in one go on a fresh database and writes the report. Usage (from
 * the repository root, after building): {@code benchmarks/run [--quick]}.
 */
public final class BenchmarkSuite {

  private static final List<Double> LAG_SHARES = List.of(0.25, 0.50, 0.75);

  private final Scale scale;
  private final Path repository;

  private BenchmarkSuite(Scale scale, Path repository) {
    this.scale = scale;
    this.repository = repository;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Path repository =
        Path.of(System.getProperty("bitacora.repository", ".")).toAbsolutePath().normalize();
    Report report = new BenchmarkSuite(quick ? Scale.QUICK : Scale.FULL, repository).run();
    Path markdown =
        quick
            ? repository.resolve("benchmarks/target/benchmarks-quick.md")
            : repository.resolve("docs/benchmarks.md");
    Path json =
        quick
            ? repository.resolve("benchmarks/target/benchmarks-quick.json")
            : repository.resolve("docs/benchmarks.json");
    ReportFiles.write(report, markdown, json);
    say("Wrote %s and %s", markdown, json);
    System.exit(0);
  }

  private Report run() throws Exception {
    long suiteStart = System.nanoTime();
    say("Scale %s: starting both services on a fresh database", scale.name());
    try (Platform platform = Platform.start(repository)) {
      Machine machine;
      try (Connection connection = platform.database().connect()) {
        machine = Machine.describe(connection);
      }
      Network network = new Network(platform.commandService().url(""), platform.identity());
      Network.Templates templates = network.recordTemplates();

      CommandThroughput commands = new CommandThroughput(network);
      say("Warming up: creates at 16 clients for %.0f s", scale.warmUpSeconds());
      commands.creates(16, scale.warmUpSeconds());

      RawInserts inserts =
          RawInserts.prepare(
              platform.database(),
              repository.resolve(
                  "service-platform/src/main/resources/db/migration/event_store/V1__axon_event_store.sql"));
      List<LoadResult> b1 = new ArrayList<>();
      List<LoadResult> b1b = new ArrayList<>();
      for (int clients : scale.clients()) {
        b1.add(inserts.run(clients, scale.insertSeconds(), 1));
        b1b.add(inserts.run(clients, scale.insertSeconds(), 100));
        say(
            "B1 at %d clients: %,.0f rows/s; B1b: %,.0f rows/s",
            clients, b1.get(b1.size() - 1).perSecond(), b1b.get(b1b.size() - 1).perSecond());
      }

      List<Report.CommandLevel> m1 = new ArrayList<>();
      List<MemoryWatch.ServiceMemory> m5;
      String metricsToken = network.auditorToken();
      try (MemoryWatch memory =
          MemoryWatch.start(
              List.of("command-service", "query-service"),
              List.of(platform.commandService(), platform.queryService()),
              metricsToken)) {
        CpuMeter cpu = new CpuMeter(platform.commandService(), platform.queryService());
        for (int i = 0; i < scale.clients().size(); i++) {
          int clients = scale.clients().get(i);
          cpu.start();
          LoadResult create = commands.creates(clients, scale.commandSeconds());
          Map<String, Double> createCpu = cpu.perOperation(create.operations());
          commands.dispatchPlanned();
          LoadResult update = commands.updates(clients, scale.commandSeconds());
          double b1Rate = b1.get(i).perSecond();
          m1.add(
              new Report.CommandLevel(
                  clients,
                  create,
                  update,
                  create.perSecond() / b1Rate,
                  update.perSecond() / b1Rate,
                  createCpu));
          say(
              "M1 at %d clients: create %,.0f/s (p99 %.1f ms), update %,.0f/s (p99 %.1f ms)",
              clients,
              create.perSecond(),
              create.latency().p99Ms(),
              update.perSecond(),
              update.latency().p99Ms());
        }
        m5 = memory.peaks();
      }
      double maxCreate =
          m1.stream().mapToDouble(level -> level.create().perSecond()).max().orElse(0);

      EndToEndLag lag = new EndToEndLag(network, platform.queryService().url(""));
      List<Report.LagLevel> m2 = new ArrayList<>();
      for (double share : LAG_SHARES) {
        EndToEndLag.LagResult result = lag.at(maxCreate * share, scale.lagSeconds());
        m2.add(new Report.LagLevel(share, result));
        say(
            "M2 at %.0f%% (%.0f/s): lag p50 %.1f ms, p99 %.1f ms",
            100 * share, result.achievedPerSecond(), result.lag().p50Ms(), result.lag().p99Ms());
      }

      ProjectionRebuild rebuild = new ProjectionRebuild(platform);
      if (!rebuild.awaitHead(120)) {
        say(
            "the views had not caught up with M2's commands after 120 s; M4 at head measures them"
                + " anyway");
      }
      long atHeadStored = count(platform);
      List<QueryLatency.ViewLatency> m4AtHead =
          new QueryLatency(platform.queryService().url(""))
              .measure(
                  withAsOf(views(network, atHeadStored), network, atHeadStored),
                  scale.queryRequests(),
                  scale.secondsPerView());
      m4AtHead.forEach(
          view -> say("M4 at head (%,d events): %s %s", atHeadStored, view.name(), view.latency()));

      platform.stopQueryService();
      // Growth compares the write path alone, on the nearly empty store here and with the full log
      // stored at the end; query-service (still catching up then) is stopped for both halves.
      LoadResult growthEmpty = commands.creates(16, scale.commandSeconds());
      say(
          "Growth, store nearly empty, query-service stopped: %,.0f cmd/s",
          growthEmpty.perSecond());
      long before = count(platform);
      long toSeed = Math.max(0, scale.storedEvents() - before);
      EventSeeder seeder = EventSeeder.fromStored(platform.database(), templates);
      say("Seeding %,d events", toSeed);
      double seedSeconds = seeder.seed(toSeed);
      Report.Seeding seeding =
          new Report.Seeding(before, toSeed, seedSeconds, seeder.storyLengths(), seeder.emitted());
      say("Seeded in %.0f s; rebuilding every projection, first as before tuning", seedSeconds);
      ProjectionRebuild.RebuildResult m3Before =
          rebuild.run(scale.beforeTuningSeconds(), Tuning.BEFORE);
      say("M3 before tuning: %,.0f events/s", m3Before.eventsPerSecondProcessing());
      ProjectionRebuild.RebuildResult m3 = rebuild.run(scale.rebuildLimitSeconds());
      say(
          "M3: %s in %.0f s, %,.0f events/s",
          m3.reachedHead() ? "done" : "stopped", m3.totalSeconds(), m3.eventsPerSecondProcessing());

      // B4 gets the machine to itself, as M3 had (but for command-service, idle).
      platform.stopQueryService();
      RawReplay.ReplayResult b4 =
          new RawReplay(platform.database()).run(scale.replayLimitSeconds());
      say("B4: %,.0f events/s", b4.perSecond());
      platform.startQueryService();

      long stored = count(platform);
      Map<String, Long> positions = rebuild.positionsByProcessor();
      say("M4 with %,d events stored; the processors had reached %s", stored, positions);
      List<QueryLatency.ViewLatency> m4 =
          new QueryLatency(platform.queryService().url(""))
              .measure(views(network, stored), scale.queryRequests(), scale.secondsPerView());
      m4.forEach(view -> say("M4 %s: %s %s", view.name(), view.status(), view.latency()));

      platform.stopQueryService();
      LoadResult growthFull = commands.creates(16, scale.commandSeconds());
      say("Growth: %,.0f vs %,.0f cmd/s", growthFull.perSecond(), growthEmpty.perSecond());

      double suiteSeconds = (System.nanoTime() - suiteStart) / 1e9;
      return Targets.judge(
          new Report(
              scale.name(),
              machine,
              inserts.averageRowBytes(),
              b1,
              b1b,
              m1,
              maxCreate,
              m2,
              seeding,
              Tuning.BEFORE,
              m3Before,
              m3,
              b4,
              m3.eventsPerSecondProcessing() / b4.perSecond(),
              atHeadStored,
              m4AtHead,
              stored,
              positions,
              m4,
              m5,
              growthEmpty,
              growthFull,
              growthFull.perSecond() / growthEmpty.perSecond(),
              List.of(),
              suiteSeconds));
    }
  }

  /**
   * The views M4 measures; the audit trail's last page starts {@code 150} before {@code stored}.
   */
  private static List<View> views(Network network, long stored) {
    return List.of(
        new View("my-agency", "/my-agency", network.difToken()),
        new View("shelter (full view)", "/shelters/" + Network.SHELTER, network.difToken()),
        new View(
            "shelter deliveries",
            "/shelters/" + Network.SHELTER + "/deliveries",
            network.difToken()),
        new View("referrals", "/referrals", network.difToken()),
        new View("commission overview", "/commission/overview", network.auditorToken()),
        new View("audit trail, first page", "/audit-trail?limit=100", network.auditorToken()),
        new View(
            "audit trail, page at the log's end",
            "/audit-trail?limit=100&after=" + Math.max(0, stored - 150),
            network.auditorToken()));
  }

  /**
   * {@code views} and the commission overview as of the middle of a log of {@code stored} events,
   * which replays half the log per request (timetravel.PastViews): measured on the small log only.
   */
  private static List<View> withAsOf(List<View> views, Network network, long stored) {
    List<View> all = new ArrayList<>(views);
    all.add(
        new View(
            "commission overview as of the log's middle",
            "/commission/overview?asOfPosition=" + Math.max(1, stored / 2),
            network.auditorToken()));
    return all;
  }

  private static long count(Platform platform) throws SQLException {
    try (Connection connection = platform.database().connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select count(*) from event_store.domain_event_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void say(String format, Object... arguments) {
    System.out.printf("[bench] " + format + "%n", arguments);
  }
}
