package mx.bitacora.query.timetravel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an "as of" read waits for its moment to settle (the integrity sealer to pass it) before
 * it answers 503 with Retry-After, how often it looks, and how many replays may run at once (a
 * further one answers 503 with Retry-After too).
 */
@ConfigurationProperties("bitacora.time-travel")
record TimeTravelProperties(
    @DefaultValue("5s") Duration maxWait,
    @DefaultValue("50ms") Duration pollInterval,
    @DefaultValue("2") int maxConcurrentReplays) {

  TimeTravelProperties {
    if (maxConcurrentReplays < 1) {
      throw new IllegalArgumentException(
          "bitacora.time-travel.max-concurrent-replays must be >= 1");
    }
  }

  /** The Retry-After of a refusal: the wait bound in whole seconds, at least 1. */
  long retryAfterSeconds() {
    return Math.max(1, (maxWait.toMillis() + 999) / 1000);
  }
}
