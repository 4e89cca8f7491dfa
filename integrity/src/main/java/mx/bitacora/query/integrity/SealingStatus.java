package mx.bitacora.query.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What the last committed sealing round of this instance found, kept in memory for the gauges
 * {@code bitacora.sealer.head.position}, {@code bitacora.sealer.checkpoint.position}, {@code
 * bitacora.sealer.checkpoint.age.seconds} and {@code bitacora.sealer.last.round.age.seconds}. Only
 * the instance holding the sealing lock seals; the others report nothing (NaN) until they do.
 */
final class SealingStatus {

  private final Clock clock;
  private volatile Round last;

  /** A committed round: the chain's head, the latest checkpoint (null before the first). */
  record Round(long head, Checkpoint checkpoint, Instant at) {}

  SealingStatus(Clock clock) {
    this.clock = clock;
  }

  void sealed(long head, Checkpoint checkpoint) {
    last = new Round(head, checkpoint, clock.instant());
  }

  void register(MeterRegistry meters) {
    Gauge.builder("bitacora.sealer.head.position", () -> last == null ? Double.NaN : last.head())
        .description("The last position of the event log the hash chain seals")
        .register(meters);
    Gauge.builder("bitacora.sealer.checkpoint.position", () -> checkpoint(false))
        .description("The position of the event log's latest signed checkpoint")
        .register(meters);
    Gauge.builder("bitacora.sealer.checkpoint.age.seconds", () -> checkpoint(true))
        .description("Seconds since the event log's latest checkpoint was signed")
        .register(meters);
    Gauge.builder("bitacora.sealer.last.round.age.seconds", () -> secondsSince(last))
        .description("Seconds since this instance's sealer last completed a round")
        .register(meters);
  }

  private double checkpoint(boolean age) {
    Round round = last;
    if (round == null || round.checkpoint() == null) {
      return Double.NaN;
    }
    return age ? seconds(round.checkpoint().signedAt()) : round.checkpoint().position();
  }

  private double secondsSince(Round round) {
    return round == null ? Double.NaN : seconds(round.at());
  }

  private double seconds(Instant since) {
    return Duration.between(since, clock.instant()).toMillis() / 1000.0;
  }
}
