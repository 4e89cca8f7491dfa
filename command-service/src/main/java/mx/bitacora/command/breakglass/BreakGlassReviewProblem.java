package mx.bitacora.command.breakglass;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about reviews of break-glass reads. */
public enum BreakGlassReviewProblem implements ProblemCode {
  ACCESS_ENTRY_NOT_FOUND(HttpStatus.NOT_FOUND),
  NOT_A_BREAK_GLASS_READ(HttpStatus.UNPROCESSABLE_ENTITY),
  OWN_BREAK_GLASS_READ(HttpStatus.FORBIDDEN),
  BREAK_GLASS_READ_ALREADY_REVIEWED(HttpStatus.CONFLICT);

  private final HttpStatus status;

  BreakGlassReviewProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
