package mx.bitacora.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import mx.bitacora.benchmarks.commands.MemoryWatch.ServiceMemory;
import mx.bitacora.benchmarks.queries.QueryLatency.ViewLatency;

/** The targets of issue 6, judged against a run's figures. */
public final class Targets {

  private Targets() {}

  /** {@code report} with its targets filled in. */
  public static Report judge(Report r) {
    List<Target> targets = new ArrayList<>();
    r.m1Commands().stream()
        .filter(level -> level.clients() == 16)
        .findFirst()
        .ifPresent(
            level ->
                targets.add(
                    Target.atLeast(
                        "M1 create / B1 at 16 clients", 0.50, level.createOverB1(), "%")));
    r.m2Lag().stream()
        .filter(level -> level.shareOfMax() == 0.50)
        .findFirst()
        .ifPresent(
            level ->
                targets.add(
                    Target.atMost(
                        "M2 lag p99 at 50% of max rate", 100, level.result().lag().p99Ms(), "ms")));
    targets.add(
        Target.atLeast(
            "M3 replay rate", 20_000, r.m3Rebuild().eventsPerSecondProcessing(), "events/s"));
    targets.add(Target.atLeast("M3 / B4", 0.50, r.m3OverB4(), "%"));
    for (ViewLatency view : r.m4Queries()) {
      String name = "M4 p99, " + view.name();
      if (view.latency() == null) {
        targets.add(Target.notMeasured(name, "≤ 25.0 ms", view.status()));
      } else {
        targets.add(Target.atMost(name, 25, view.latency().p99Ms(), "ms"));
      }
    }
    for (ServiceMemory memory : r.m5Memory()) {
      targets.add(
          Target.atMost(
              "M5 peak resident, " + memory.service(), 512, memory.peakResidentMiB(), "MiB"));
    }
    targets.add(
        Target.atLeast("Growth (1M stored vs. empty, 16 clients)", 0.80, r.growthRatio(), "%"));
    return new Report(
        r.scale(),
        r.machine(),
        r.averageEventBytes(),
        r.b1SingleRowInserts(),
        r.b1bHundredRowTransactions(),
        r.m1Commands(),
        r.m1MaxCreatePerSecond(),
        r.m2Lag(),
        r.seeding(),
        r.settingsBeforeTuning(),
        r.m3BeforeTuning(),
        r.m3Rebuild(),
        r.b4RawReplay(),
        r.m3OverB4(),
        r.m4AtHeadStoredEvents(),
        r.m4AtHead(),
        r.m4StoredEvents(),
        r.m4ProcessorPositions(),
        r.m4Queries(),
        r.m5Memory(),
        r.growthEmpty(),
        r.growthFull(),
        r.growthRatio(),
        targets,
        r.suiteSeconds());
  }
}
