package mx.bitacora.query.integrity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sealing settings ({@code bitacora.integrity.*}): how often the sealer looks for new events, how
 * many positions a round seals, when a checkpoint is signed (every so many positions or so much
 * time, whichever comes first), and how long a hole in the positions is watched at least before it
 * may be sealed as empty. The signing key itself is read by {@link SigningKey}.
 */
@ConfigurationProperties("bitacora.integrity")
record IntegrityProperties(
    @DefaultValue("500ms") Duration sealInterval,
    @DefaultValue("500") int batchSize,
    @DefaultValue("1000") long checkpointEveryPositions,
    @DefaultValue("60s") Duration checkpointEvery,
    @DefaultValue("2s") Duration gapGrace) {

  IntegrityProperties {
    if (batchSize < 1 || checkpointEveryPositions < 1) {
      throw new IllegalArgumentException(
          "bitacora.integrity.batch-size and checkpoint-every-positions must be positive");
    }
    if (sealInterval.isNegative()
        || sealInterval.isZero()
        || checkpointEvery.isNegative()
        || checkpointEvery.isZero()
        || gapGrace.isNegative()) {
      throw new IllegalArgumentException(
          "bitacora.integrity.seal-interval and checkpoint-every must be positive, gap-grace not"
              + " negative");
    }
  }

  EventSealer.Settings sealerSettings() {
    return new EventSealer.Settings(batchSize, checkpointEveryPositions, checkpointEvery);
  }
}
