package mx.bitacora.platform.problem;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.Locale;
import mx.bitacora.platform.request.RequestId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds problem details from a stable code: title and detail come from the message bundles ({@code
 * problem.<CODE>.title} / {@code .detail}, Spanish by default, English on request).
 */
@Component
public class ProblemCatalog {

  private final MessageSource messages;
  private final MeterRegistry meters;

  public ProblemCatalog(MessageSource messages, MeterRegistry meters) {
    this.messages = messages;
    this.meters = meters;
  }

  /** A problem for {@code code}, with its status, in the caller's language. */
  public ProblemDetail problem(ProblemCode code, Locale locale, Object... arguments) {
    return problem(code.status(), code, locale, arguments);
  }

  /**
   * A problem for {@code code} answered with {@code status}: for codes whose status something else
   * decided (the servlet container, Spring MVC), in the caller's language, tagged with the request
   * id.
   */
  public ProblemDetail problem(
      HttpStatusCode status, ProblemCode code, Locale locale, Object... arguments) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    describe(problem, code, locale, arguments);
    return problem;
  }

  /** Gives an existing problem (e.g. one Spring built) our code, language and request id. */
  public void describe(
      ProblemDetail problem, ProblemCode problemCode, Locale locale, Object... arguments) {
    String code = problemCode.name();
    String key = "problem." + code;
    problem.setType(URI.create("urn:bitacora:problem:" + code.toLowerCase(Locale.ROOT)));
    problem.setTitle(messages.getMessage(key + ".title", null, problem.getTitle(), locale));
    // Arguments are what the service computed (a wait in seconds), never submitted values: a
    // problem never echoes what was submitted (ApiExceptionHandler drops a rejection's arguments).
    problem.setDetail(messages.getMessage(key + ".detail", arguments, problem.getDetail(), locale));
    problem.setProperty("code", code);
    countRefusal(problem.getStatus(), code);
    RequestId.current().ifPresent(id -> problem.setProperty("requestId", id));
    // Never the request's path (Spring's default): it holds submitted ids.
    problem.setInstance(
        URI.create("urn:bitacora:request:" + RequestId.current().orElse("unknown")));
  }

  /** Every answered problem passes here once: counted by its code and status. */
  private void countRefusal(int status, String code) {
    Counter.builder("bitacora.requests.refused")
        .description("Requests answered with a problem, by problem code and HTTP status")
        .tag("code", code)
        .tag("status", Integer.toString(status))
        .register(meters)
        .increment();
  }
}
