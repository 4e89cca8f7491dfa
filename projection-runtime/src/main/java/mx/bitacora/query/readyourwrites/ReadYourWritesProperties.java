package mx.bitacora.query.readyourwrites;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a query naming a log position may wait for its view to catch up.
 *
 * @param maxWait the bound: past it the answer is {@code 503 VIEW_NOT_CAUGHT_UP} (default 2 s)
 * @param pollInterval how often the processors' progress is looked at while waiting (default 10 ms)
 */
@ConfigurationProperties("bitacora.read-your-writes")
public record ReadYourWritesProperties(Duration maxWait, Duration pollInterval) {

  public ReadYourWritesProperties {
    maxWait = maxWait == null ? Duration.ofSeconds(2) : maxWait;
    pollInterval = pollInterval == null ? Duration.ofMillis(10) : pollInterval;
    if (maxWait.isNegative() || pollInterval.isZero() || pollInterval.isNegative()) {
      throw new IllegalArgumentException(
          "bitacora.read-your-writes: max-wait must not be negative, poll-interval must be positive");
    }
  }

  /** The {@code Retry-After} a caller is given: the bound, in whole seconds, at least one. */
  long retryAfterSeconds() {
    return Math.max(1, (maxWait.toMillis() + 999) / 1000);
  }
}
