package mx.bitacora.query.timetravel;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading a view as of a past moment. */
public enum TimeTravelProblem implements ProblemCode {
  AS_OF_NOT_AVAILABLE(HttpStatus.BAD_REQUEST),
  PAST_NOT_SETTLED(HttpStatus.SERVICE_UNAVAILABLE),
  TIME_TRAVEL_BUSY(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  TimeTravelProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
