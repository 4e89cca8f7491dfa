package mx.bitacora.query.timetravel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an "as of" read waits for its moment to settle (the integrity sealer to pass it) before
 * it answers 503 with Retry-After, and how often it looks.
 */
@ConfigurationProperties("bitacora.time-travel")
record TimeTravelProperties(
    @DefaultValue("5s") Duration maxWait, @DefaultValue("50ms") Duration pollInterval) {

  /** The Retry-After of a refusal: the wait bound in whole seconds, at least 1. */
  long retryAfterSeconds() {
    return Math.max(1, (maxWait.toMillis() + 999) / 1000);
  }
}
