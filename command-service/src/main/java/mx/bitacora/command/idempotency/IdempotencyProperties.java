package mx.bitacora.command.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How idempotency keys are kept.
 *
 * @param retention how long a key is remembered after its command was recorded (7 days)
 * @param answerWait how long a retry waits for the first request's answer to be stored when the
 *     first request is still answering (5 s)
 */
@ConfigurationProperties("bitacora.idempotency")
public record IdempotencyProperties(Duration retention, Duration answerWait) {

  public IdempotencyProperties {
    retention = retention == null ? Duration.ofDays(7) : retention;
    answerWait = answerWait == null ? Duration.ofSeconds(5) : answerWait;
  }
}
