package mx.bitacora.command.time;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about a fact's business date (see {@link BusinessTime}). */
public enum BusinessTimeProblem implements ProblemCode {
  /** A fact that happened is dated after today (or after now, for a time). */
  BUSINESS_DATE_IN_FUTURE(HttpStatus.UNPROCESSABLE_ENTITY),
  /** A fact is dated further back than {@code bitacora.business-time.max-backdating} allows. */
  BUSINESS_DATE_TOO_OLD(HttpStatus.UNPROCESSABLE_ENTITY);

  private final HttpStatus status;

  BusinessTimeProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
