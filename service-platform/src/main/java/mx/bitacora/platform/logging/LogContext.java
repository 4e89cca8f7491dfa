package mx.bitacora.platform.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The logging context's keys, and putting a set of them for a while: {@link #with} returns what
 * puts the previous values back, so nested scopes (a command handled on a request's thread) restore
 * what they found.
 */
public final class LogContext {

  /** The HTTP request that is served, or that caused the message being handled. */
  public static final String REQUEST_ID = "requestId";

  /** Axon's correlation id: the command that caused the message being handled. */
  public static final String CORRELATION_ID = "correlationId";

  /** The agency the actor acts for (never the actor's own name). */
  public static final String ACTOR_AGENCY = "actorAgency";

  /** The query side's processing group applying an event. */
  public static final String PROCESSING_GROUP = "processingGroup";

  private LogContext() {}

  /** Puts the non-null {@code values} in the logging context until the returned scope closes. */
  public static Scope with(Map<String, ?> values) {
    Map<String, String> previous = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (value != null) {
            previous.put(key, MDC.get(key));
            MDC.put(key, value.toString());
          }
        });
    return () ->
        previous.forEach(
            (key, value) -> {
              if (value == null) {
                MDC.remove(key);
              } else {
                MDC.put(key, value);
              }
            });
  }

  /** Restores the logging context as it was; closing never fails. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
