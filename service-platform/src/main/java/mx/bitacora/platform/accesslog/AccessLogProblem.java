package mx.bitacora.platform.accesslog;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes both services answer about recording reads of case data. */
public enum AccessLogProblem implements ProblemCode {
  /** The read's entry could not be written: the read is not answered (retry later). */
  ACCESS_NOT_RECORDED(HttpStatus.SERVICE_UNAVAILABLE),
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
