package mx.bitacora.query.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health turns {@value #DEGRADED} (still HTTP 200: the service answers with what it has; readiness
 * is not affected) while any processing group has dead letters, naming how many per group; the
 * gauge {@code bitacora.dead.letters.pending} counts them.
 */
@Component("deadLettersHealthIndicator") // shown in health as "deadLetters"
class DeadLetterHealth implements HealthIndicator {

  static final String DEGRADED = "DEGRADED";

  private final DeadLetters deadLetters;

  DeadLetterHealth(DeadLetters deadLetters, MeterRegistry meters) {
    this.deadLetters = deadLetters;
    Gauge.builder("bitacora.dead.letters.pending", this, DeadLetterHealth::pending)
        .description("Events the projections could not apply, waiting to be retried or resolved")
        .register(meters);
  }

  @Override
  public Health health() {
    Map<String, Long> pending = deadLetters.pendingByGroup();
    return (pending.isEmpty() ? Health.up() : Health.status(new Status(DEGRADED)))
        .withDetail("pending", pending)
        .build();
  }

  private double pending() {
    return deadLetters.pendingByGroup().values().stream().mapToLong(Long::longValue).sum();
  }
}
