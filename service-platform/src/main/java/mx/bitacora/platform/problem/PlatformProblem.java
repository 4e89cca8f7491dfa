package mx.bitacora.platform.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The codes the platform answers itself (its filters, security, exception handler and the servlet
 * container's error page), whatever the operation.
 */
public enum PlatformProblem implements ProblemCode {
  MALFORMED_BODY(HttpStatus.BAD_REQUEST),
  INVALID_FIELDS(HttpStatus.BAD_REQUEST),
  INVALID_PARAMETER(HttpStatus.BAD_REQUEST),
  CONTROL_CHARACTERS(HttpStatus.BAD_REQUEST),
  UNKNOWN_PARAMETER(HttpStatus.BAD_REQUEST),
  MALFORMED_REQUEST(HttpStatus.BAD_REQUEST),
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
  FORBIDDEN(HttpStatus.FORBIDDEN),
  NOT_FOUND(HttpStatus.NOT_FOUND),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
  /** Answered with the container's status: 413, 414 or 431. */
  REQUEST_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  /** Any other client error status (e.g. 408, 411) a framework or the container answers. */
  REQUEST_REFUSED(HttpStatus.BAD_REQUEST),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR),
  STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
  /** Any other server error status (e.g. 501, 503 for a timed-out request) answered for us. */
  SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

  private final HttpStatus status;

  PlatformProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }

  /** The code for an error status something other than our own code decided on. */
  public static PlatformProblem forStatus(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known == null) {
      return status.is5xxServerError() ? SERVER_ERROR : REQUEST_REFUSED;
    }
    return switch (known) {
      case BAD_REQUEST -> MALFORMED_REQUEST;
      case UNAUTHORIZED -> UNAUTHENTICATED;
      case FORBIDDEN -> FORBIDDEN;
      case NOT_FOUND -> NOT_FOUND;
      case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
      case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
      case PAYLOAD_TOO_LARGE, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> REQUEST_TOO_LARGE;
      case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
      case INTERNAL_SERVER_ERROR -> INTERNAL_ERROR;
      default -> known.is5xxServerError() ? SERVER_ERROR : REQUEST_REFUSED;
    };
  }
}
