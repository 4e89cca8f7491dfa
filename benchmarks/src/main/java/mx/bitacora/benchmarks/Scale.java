package mx.bitacora.benchmarks;

import java.util.List;

/**
 * How big and how long: the full suite of issue 6, or a quick one for trying the suite out.
 *
 * @param storedEvents events in the log for M3, M4 and the growth figure
 * @param insertSeconds each B1 and B1b concurrency level
 * @param commandSeconds each M1 create and update phase, and the growth run
 * @param warmUpSeconds commands sent before anything is measured (JIT, pools, caches)
 * @param lagSeconds each M2 rate
 * @param queryRequests requests per M4 view
 * @param rebuildLimitSeconds the longest M3 may take before its figures are extrapolated
 * @param replayLimitSeconds the longest B4 may take before its rate is taken from what it did
 * @param beforeTuningSeconds how long M3 runs with the settings shipped before tuning, to compare
 * @param secondsPerView the longest M4 spends on one view (at least 20 requests are measured)
 */
public record Scale(
    String name,
    List<Integer> clients,
    long storedEvents,
    double insertSeconds,
    double commandSeconds,
    double warmUpSeconds,
    double lagSeconds,
    int queryRequests,
    double rebuildLimitSeconds,
    double replayLimitSeconds,
    double beforeTuningSeconds,
    double secondsPerView) {

  /** The figures of issue 6; fits in 30 minutes on the 2-core development machine. */
  public static final Scale FULL =
      new Scale("full", List.of(1, 4, 16, 64), 1_000_000, 8, 12, 10, 15, 200, 300, 120, 90, 30);

  /** Everything at a small size, for trying the suite out in a few minutes. */
  public static final Scale QUICK =
      new Scale("quick", List.of(1, 4, 16, 64), 20_000, 2, 3, 3, 4, 50, 90, 45, 45, 15);
}
