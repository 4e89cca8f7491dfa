package mx.bitacora.platform.request;

import java.util.Optional;
import mx.bitacora.platform.logging.LogContext;
import org.slf4j.MDC;

/** The id of the HTTP request being served on this thread, if any. */
public final class RequestId {

  public static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = LogContext.REQUEST_ID;

  private RequestId() {}

  public static Optional<String> current() {
    return Optional.ofNullable(MDC.get(MDC_KEY));
  }
}
