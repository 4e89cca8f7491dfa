package mx.bitacora.query.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Each rebuilt group's latest rebuild on this instance, as gauges registered when its first rebuild
 * starts: {@code bitacora.rebuild.progress.ratio} (position reached over the log's head), {@code
 * bitacora.rebuild.running} (1 while building or taking over) and {@code
 * bitacora.rebuild.events.left.out}.
 */
final class RebuildGauges {

  private final MeterRegistry meters;
  private final Function<String, Optional<RebuildProgress>> progress;

  RebuildGauges(MeterRegistry meters, Function<String, Optional<RebuildProgress>> progress) {
    this.meters = meters;
    this.progress = progress;
  }

  void register(String group) {
    gauge(
        group,
        "bitacora.rebuild.progress.ratio",
        "Share of the log the rebuild has applied",
        RebuildGauges::ratio);
    gauge(
        group,
        "bitacora.rebuild.running",
        "1 while the rebuild builds or takes over",
        p -> p.state() == RebuildState.BUILDING || p.state() == RebuildState.TAKING_OVER ? 1 : 0);
    gauge(
        group,
        "bitacora.rebuild.events.left.out",
        "Events the rebuild could not apply",
        RebuildProgress::eventsLeftOut);
  }

  private void gauge(
      String group, String name, String description, ToDoubleFunction<RebuildProgress> value) {
    // Registering an existing gauge again returns it: a second rebuild of the group reuses it.
    Gauge.builder(name, () -> progress.apply(group).map(value::applyAsDouble).orElse(Double.NaN))
        .description(description)
        .tag("processing_group", group)
        .register(meters);
  }

  private static double ratio(RebuildProgress progress) {
    if (progress.state() == RebuildState.DONE || progress.headPosition() <= 0) {
      return 1;
    }
    return Math.min(1, (double) progress.positionReached() / progress.headPosition());
  }
}
