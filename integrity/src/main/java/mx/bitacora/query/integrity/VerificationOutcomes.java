package mx.bitacora.query.integrity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts verifications of each log by result ({@code bitacora.integrity.verifications}, {@code
 * result} intact or tampered) and keeps the latest one's ({@code
 * bitacora.integrity.verification.intact}: 1 intact, 0 not, NaN before the first on this instance).
 */
final class VerificationOutcomes {

  private final MeterRegistry meters;
  private final Map<Chain, Boolean> latest = new EnumMap<>(Chain.class);

  VerificationOutcomes(MeterRegistry meters) {
    this.meters = meters;
    for (Chain log : Chain.values()) {
      Gauge.builder("bitacora.integrity.verification.intact", () -> intact(log))
          .description("Whether the latest verification of the log found it intact (1) or not (0)")
          .tag("log", name(log))
          .register(meters);
    }
  }

  VerificationReport count(Chain log, VerificationReport report) {
    synchronized (latest) {
      latest.put(log, report.intact());
    }
    Counter.builder("bitacora.integrity.verifications")
        .description("Verifications of a log's seal chain, by result")
        .tag("log", name(log))
        .tag("result", report.intact() ? "intact" : "tampered")
        .register(meters)
        .increment();
    return report;
  }

  private double intact(Chain log) {
    synchronized (latest) {
      Boolean intact = latest.get(log);
      return intact == null ? Double.NaN : intact ? 1 : 0;
    }
  }

  private static String name(Chain log) {
    return log.name().toLowerCase(Locale.ROOT);
  }
}
