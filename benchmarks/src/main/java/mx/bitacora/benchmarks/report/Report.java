package mx.bitacora.benchmarks.report;

import java.util.List;
import java.util.Map;
import mx.bitacora.benchmarks.baseline.RawReplay.ReplayResult;
import mx.bitacora.benchmarks.commands.MemoryWatch.ServiceMemory;
import mx.bitacora.benchmarks.environment.Machine;
import mx.bitacora.benchmarks.lag.EndToEndLag.LagResult;
import mx.bitacora.benchmarks.load.LoadResult;
import mx.bitacora.benchmarks.queries.QueryLatency.ViewLatency;
import mx.bitacora.benchmarks.replay.ProjectionRebuild.RebuildResult;

/** Every figure of one run, as written to the JSON file and rendered as the Markdown table. */
public record Report(
    String scale,
    Machine machine,
    double averageEventBytes,
    List<LoadResult> b1SingleRowInserts,
    List<LoadResult> b1bHundredRowTransactions,
    List<CommandLevel> m1Commands,
    double m1MaxCreatePerSecond,
    List<LagLevel> m2Lag,
    Seeding seeding,
    List<String> settingsBeforeTuning,
    RebuildResult m3BeforeTuning,
    RebuildResult m3Rebuild,
    ReplayResult b4RawReplay,
    double m3OverB4,
    long m4AtHeadStoredEvents,
    List<ViewLatency> m4AtHead,
    long m4StoredEvents,
    Map<String, Long> m4ProcessorPositions,
    List<ViewLatency> m4Queries,
    List<ServiceMemory> m5Memory,
    LoadResult growthEmpty,
    LoadResult growthFull,
    double growthRatio,
    List<Target> targets,
    double suiteSeconds) {

  /** M1 at one concurrency, with its ratios to B1's single-row inserts at the same concurrency. */
  public record CommandLevel(
      int clients,
      LoadResult create,
      LoadResult update,
      double createOverB1,
      double updateOverB1,
      Map<String, Double> createCpuMsPerCommand) {}

  /** M2 at one share of M1's maximum create rate. */
  public record LagLevel(double shareOfMax, LagResult result) {}

  /** How the M3 log was made. */
  public record Seeding(
      long eventsBefore,
      long eventsSeeded,
      double seconds,
      Map<String, Integer> storyLengths,
      Map<String, Long> eventsPerStoryKind) {}
}
