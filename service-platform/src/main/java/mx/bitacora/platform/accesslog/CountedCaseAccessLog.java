package mx.bitacora.platform.accesslog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the access log's writes ({@code bitacora.access.log.writes}): by whether the access was
 * allowed, whether it was a break-glass read, and whether the entry was recorded or could not be
 * (the read then failed).
 */
final class CountedCaseAccessLog implements CaseAccessLog {

  private final CaseAccessLog log;
  private final MeterRegistry meters;

  CountedCaseAccessLog(CaseAccessLog log, MeterRegistry meters) {
    this.log = log;
    this.meters = meters;
  }

  @Override
  public void record(CaseAccess access) {
    boolean recorded = false;
    try {
      log.record(access);
      recorded = true;
    } finally {
      Counter.builder("bitacora.access.log.writes")
          .description("Entries written to the chained access log, or that could not be")
          .tag("allowed", Boolean.toString(access.allowed()))
          .tag("break_glass", Boolean.toString(access.isBreakGlass()))
          .tag("outcome", recorded ? "recorded" : "failed")
          .register(meters)
          .increment();
    }
  }
}
