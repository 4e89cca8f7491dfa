package mx.bitacora.platform.accesslog;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes both services answer about break-glass reads of case data. */
public enum AccessLogProblem implements ProblemCode {
  BREAK_GLASS_REASON_TOO_LONG(HttpStatus.BAD_REQUEST),
  BREAK_GLASS_REASON_REQUIRED(HttpStatus.FORBIDDEN);

  private final HttpStatus status;

  AccessLogProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
