package mx.bitacora.command.project;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about projects. */
public enum ProjectProblem implements ProblemCode {
  NOT_A_PROJECT_PARTY(HttpStatus.FORBIDDEN),
  PROJECT_ALREADY_RECORDED(HttpStatus.CONFLICT),
  PROJECT_CLOSED(HttpStatus.CONFLICT),
  PROJECT_CLOSED_BEFORE_START(HttpStatus.CONFLICT),
  PROJECT_ENDS_BEFORE_START(HttpStatus.CONFLICT),
  PROJECT_NOT_FOUND(HttpStatus.NOT_FOUND),
  SHELTER_ALREADY_BENEFICIARY(HttpStatus.CONFLICT),
  SHELTER_NOT_A_BENEFICIARY(HttpStatus.CONFLICT);

  private final HttpStatus status;

  ProjectProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
