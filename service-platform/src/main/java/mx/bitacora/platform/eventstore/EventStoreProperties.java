package mx.bitacora.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the JDBC event store.
 *
 * @param fetchDelay how long a tailing reader waits before polling again when it has caught up;
 *     Axon's default of one second means about half a second of average cross-process lag
 * @param batchSize how many events one poll reads at most
 * @param gapTimeout how long after its record time a position left empty by a transaction still in
 *     flight is still looked for by a tailing reader that has read past it (Axon's default, 60 s)
 */
@ConfigurationProperties("bitacora.event-store")
public record EventStoreProperties(Duration fetchDelay, Integer batchSize, Duration gapTimeout) {

  public EventStoreProperties {
    fetchDelay = fetchDelay == null ? Duration.ofMillis(20) : fetchDelay;
    batchSize = batchSize == null ? 100 : batchSize;
    gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
  }
}
