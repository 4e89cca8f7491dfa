package mx.bitacora.benchmarks.load;

import org.HdrHistogram.Histogram;

/** Percentiles of one set of measured durations, in milliseconds. */
public record Latencies(long samples, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

  /** Summarizes a histogram of microseconds. */
  public static Latencies of(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Latencies(
        micros.getTotalCount(),
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getMaxValue() / 1000.0);
  }

  /** A histogram for microseconds from 1 µs to 10 minutes at three significant digits. */
  public static Histogram newHistogram() {
    return new Histogram(1, 600_000_000L, 3);
  }
}
