package mx.bitacora.platform.problem;

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

  public static final String MALFORMED_BODY = "MALFORMED_BODY";
  public static final String INVALID_FIELDS = "INVALID_FIELDS";
  public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
  public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  public static final String STORAGE_UNAVAILABLE = "STORAGE_UNAVAILABLE";
  public static final String CONTROL_CHARACTERS = "CONTROL_CHARACTERS";
  public static final String UNKNOWN_PARAMETER = "UNKNOWN_PARAMETER";
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
  public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";

  private final MessageSource messages;

  public ProblemCatalog(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem for {@code code} in the caller's language, tagged with the request id. */
  public ProblemDetail problem(
      HttpStatusCode status, String code, Locale locale, Object... arguments) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    describe(problem, code, locale, arguments);
    return problem;
  }

  /** Gives an existing problem (e.g. one Spring built) our code, language and request id. */
  public void describe(ProblemDetail problem, String code, Locale locale, Object... arguments) {
    String key = "problem." + code;
    problem.setType(URI.create("urn:bitacora:problem:" + code.toLowerCase(Locale.ROOT)));
    problem.setTitle(messages.getMessage(key + ".title", null, problem.getTitle(), locale));
    // Arguments are what the service computed (a wait in seconds), never submitted values: a
    // problem never echoes what was submitted (ApiExceptionHandler drops a rejection's arguments).
    problem.setDetail(messages.getMessage(key + ".detail", arguments, problem.getDetail(), locale));
    problem.setProperty("code", code);
    RequestId.current().ifPresent(id -> problem.setProperty("requestId", id));
    // Never the request's path (Spring's default): it holds submitted ids.
    problem.setInstance(
        URI.create("urn:bitacora:request:" + RequestId.current().orElse("unknown")));
  }
}
