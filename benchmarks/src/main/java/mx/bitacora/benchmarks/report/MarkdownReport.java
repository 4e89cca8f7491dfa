package mx.bitacora.benchmarks.report;

import java.util.List;
import java.util.Locale;
import mx.bitacora.benchmarks.commands.MemoryWatch.ServiceMemory;
import mx.bitacora.benchmarks.environment.Platform;
import mx.bitacora.benchmarks.load.Latencies;
import mx.bitacora.benchmarks.load.LoadResult;
import mx.bitacora.benchmarks.queries.QueryLatency.ViewLatency;
import mx.bitacora.benchmarks.replay.ProjectionRebuild.RebuildResult;

/** Renders a {@link Report} as the Markdown tables of {@code docs/benchmarks.md}. */
public final class MarkdownReport {

  private final StringBuilder out = new StringBuilder();

  private MarkdownReport() {}

  /** The tables, machine and date of {@code report}. */
  public static String render(Report report) {
    MarkdownReport markdown = new MarkdownReport();
    markdown.write(report);
    return markdown.out.toString();
  }

  private void write(Report r) {
    var m = r.machine();
    line(
        ("Run of %s (UTC), scale **%s**, suite %.1f min. Machine: %d cores (%s), %.1f GiB, %s;"
                + " %s. Services: `java %s -jar …` each, as separate processes, no dev profile,"
                + " tokens RS256-signed with a key made for the run. Load average at start: %s.")
            .formatted(
                m.date(),
                r.scale(),
                r.suiteSeconds() / 60,
                m.cores(),
                m.cpu(),
                m.memoryBytes() / 1073741824.0,
                m.postgres().replaceAll(" on .*", ""),
                m.jvm(),
                String.join(" ", Platform.JVM_FLAGS),
                m.loadAverageAtStart()));
    line("");
    line("### Targets");
    line("");
    line("| Target | Goal | Measured | Verdict |");
    line("| --- | --- | --- | --- |");
    for (Target t : r.targets()) {
      line(
          "| %s | %s | %s | %s |"
              .formatted(
                  t.name(),
                  t.goal(),
                  Target.format(t.measured(), t.unit()),
                  t.met() ? "**met**" : t.verdict()));
    }
    line("");
    line("### B1 baseline and M1 commands (ops/s; latency p50 / p99 in ms)");
    line("");
    line(
        "Average stored event: %.0f bytes of payload and metadata. B1: single-row INSERT, one"
                .formatted(r.averageEventBytes())
            + " transaction each; B1b: 100 rows per transaction (rows/s).");
    line("");
    line(
        "| Clients | B1 rows/s | B1 p50 / p99 | B1b rows/s | M1 create cmd/s | create p50 / p99 |"
            + " M1 create / B1 | M1 update cmd/s | update p50 / p99 | M1 update / B1 |");
    line("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int i = 0; i < r.m1Commands().size(); i++) {
      var level = r.m1Commands().get(i);
      LoadResult b1 = r.b1SingleRowInserts().get(i);
      LoadResult b1b = r.b1bHundredRowTransactions().get(i);
      line(
          "| %d | %,.0f | %s | %,.0f | %,.0f%s | %s | %.0f%% | %,.0f%s | %s | %.0f%% |"
              .formatted(
                  level.clients(),
                  b1.perSecond(),
                  p50p99(b1.latency()),
                  b1b.perSecond(),
                  level.create().perSecond(),
                  failures(level.create()),
                  p50p99(level.create().latency()),
                  100 * level.createOverB1(),
                  level.update().perSecond(),
                  failures(level.update()),
                  p50p99(level.update().latency()),
                  100 * level.updateOverB1()));
    }
    line("");
    line(
        "CPU per create command while M1 ran (ms of CPU time of each process, divided by the"
            + " commands; query-service's is the projecting and sealing those commands caused):");
    line("");
    line("| Clients | command-service | query-service | driver |");
    line("| --- | --- | --- | --- |");
    for (var level : r.m1Commands()) {
      var cpu = level.createCpuMsPerCommand();
      line(
          "| %d | %.1f ms | %.1f ms | %.1f ms |"
              .formatted(
                  level.clients(),
                  cpu.get("command-service"),
                  cpu.get("query-service"),
                  cpu.get("driver")));
    }
    line("");
    line(
        "### M2 end-to-end lag (plan a delivery: 2xx → heard on the shelter's live stream, then read"
            + " with `GET /deliveries/{id}`)");
    line("");
    line("M1's maximum create rate: %,.0f commands/s.".formatted(r.m1MaxCreatePerSecond()));
    line("");
    line(
        "| Share of max | Target rate | Achieved | Lag samples | Lag p50 | Lag p90 | Lag p99 | Lag max |"
            + " Command p50 / p99 | Not heard in 10 s | Heard, not readable |");
    line("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (var level : r.m2Lag()) {
      var lag = level.result();
      line(
          "| %.0f%% | %,.1f/s | %,.1f/s | %d | %s | %s | %s | %s | %s | %d | %d |"
              .formatted(
                  100 * level.shareOfMax(),
                  lag.targetPerSecond(),
                  lag.achievedPerSecond(),
                  lag.lag().samples(),
                  ms(lag.lag().p50Ms()),
                  ms(lag.lag().p90Ms()),
                  ms(lag.lag().p99Ms()),
                  ms(lag.lag().maxMs()),
                  p50p99(lag.command()),
                  lag.neverVisible(),
                  lag.heardButNotReadable()));
    }
    line("");
    line("### M3 replay and B4 baseline");
    line("");
    var seeding = r.seeding();
    line(
        "Log: %,d events (%,d from the runs above, %,d seeded in %.0f s by batched JDBC inserts of"
                .formatted(
                    r.m3Rebuild().events(),
                    seeding.eventsBefore(),
                    seeding.eventsSeeded(),
                    seeding.seconds())
            + " cloned real stories; events per kind %s, story lengths %s)."
                .formatted(seeding.eventsPerStoryKind(), seeding.storyLengths()));
    line("");
    RebuildResult m3 = r.m3Rebuild();
    line("| Figure | Value |");
    line("| --- | --- |");
    line(
        "| M3 reached the head | %s |"
            .formatted(
                m3.reachedHead()
                    ? "yes"
                    : "no (time limit; rate extrapolated from the slowest processor)"));
    line("| M3 total (launch → every token at head) | %.1f s |".formatted(m3.totalSeconds()));
    line(
        "| of which query-service start-up (launch → ready) | %.1f s |"
            .formatted(m3.startUpSeconds()));
    line(
        "| M3 events/s, first progress → head | %,.0f |".formatted(m3.eventsPerSecondProcessing()));
    line("| M3 events/s, launch → head | %,.0f |".formatted(m3.eventsPerSecondTotal()));
    line(
        "| Integrity sealer: positions sealed, time (alongside the rebuild) | %,d in %s |"
            .formatted(
                m3.sealerPositionsSealed(),
                m3.sealerReachedHead()
                    ? "%.1f s".formatted(m3.sealerSeconds())
                    : "not done within the limit"));
    line("| Dead letters after the rebuild | %d |".formatted(m3.deadLetters()));
    line(
        "| query-service peak resident memory (whole life, incl. rebuild) | %.0f MiB |"
            .formatted(m3.queryServicePeakResidentMiB()));
    line(
        "| B4 raw replay (read + Jackson + batched upserts), events/s | %,.0f (%,d events in %.1f s%s, %d undeserializable) |"
            .formatted(
                r.b4RawReplay().perSecond(),
                r.b4RawReplay().events(),
                r.b4RawReplay().seconds(),
                r.b4RawReplay().complete() ? "" : ", stopped at the time limit",
                r.b4RawReplay().undeserializable()));
    line("| M3 / B4 | %.0f%% |".formatted(100 * r.m3OverB4()));
    line("");
    RebuildResult before = r.m3BeforeTuning();
    line(
        "Tuning, before and after in this run: the same rebuild from scratch on the same log,"
            + " first for %.0f s with the settings shipped before tuning (`%s`), then as shipped now:"
                .formatted(before.totalSeconds(), String.join(" ", r.settingsBeforeTuning())));
    line("");
    line("| Settings | Slowest processor reached | events/s (slowest processor) | Ratio |");
    line("| --- | --- | --- | --- |");
    line(
        "| before tuning | %.1f%% of the log | %,.0f | 1.00 |"
            .formatted(
                100 * before.slowestProcessorFraction(), before.eventsPerSecondProcessing()));
    line(
        "| shipped | %.1f%% of the log | %,.0f | %.2f |"
            .formatted(
                100 * m3.slowestProcessorFraction(),
                m3.eventsPerSecondProcessing(),
                m3.eventsPerSecondProcessing() / before.eventsPerSecondProcessing()));
    line("");
    line("### M4 queries (one request at a time)");
    line("");
    line(
        "With %,d events stored, while query-service went on catching up (each processor had"
                .formatted(r.m4StoredEvents())
            + " reached position %s); and, for comparison, with %,d events stored and every view at the head (after M2):"
                .formatted(r.m4ProcessorPositions(), r.m4AtHeadStoredEvents()));
    line("");
    queryTable(r.m4Queries());
    line("");
    line("At the head, %,d events stored:".formatted(r.m4AtHeadStoredEvents()));
    line("");
    queryTable(r.m4AtHead());
    line("");
    line("### M5 memory under M1 load, and growth");
    line("");
    line("| Service | Peak resident (VmHWM) | Peak heap used (sampled every 250 ms) |");
    line("| --- | --- | --- |");
    for (ServiceMemory memory : r.m5Memory()) {
      line(
          "| %s | %.0f MiB | %.0f MiB |"
              .formatted(memory.service(), memory.peakResidentMiB(), memory.peakHeapUsedMiB()));
    }
    line("");
    line(
        "Growth: M1's creates at 16 clients with query-service stopped (the write path alone), %,.0f cmd/s with the store nearly empty (before M3's seeding) vs. %,.0f cmd/s with %,d events stored (p50 / p99 %s): **%.0f%%**."
            .formatted(
                r.growthEmpty().perSecond(),
                r.growthFull().perSecond(),
                r.m4StoredEvents(),
                p50p99(r.growthFull().latency()),
                100 * r.growthRatio()));
  }

  private void queryTable(List<ViewLatency> views) {
    line("| View | Path | Requests | p50 | p99 | max |");
    line("| --- | --- | --- | --- | --- | --- |");
    for (ViewLatency view : views) {
      if (view.latency() == null) {
        line("| %s | `%s` | %s | — | — | — |".formatted(view.name(), view.path(), view.status()));
      } else {
        Latencies l = view.latency();
        line(
            "| %s | `%s` | %d | %s | %s | %s |"
                .formatted(
                    view.name(),
                    view.path(),
                    l.samples(),
                    ms(l.p50Ms()),
                    ms(l.p99Ms()),
                    ms(l.maxMs())));
      }
    }
  }

  private static String failures(LoadResult result) {
    return result.failures() == 0 ? "" : " (%d failed)".formatted(result.failures());
  }

  private static String p50p99(Latencies latency) {
    return ms(latency.p50Ms()) + " / " + ms(latency.p99Ms());
  }

  private static String ms(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f ms", value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
