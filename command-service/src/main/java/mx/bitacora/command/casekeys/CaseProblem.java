package mx.bitacora.command.casekeys;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about cases' data keys and their erasure. */
public enum CaseProblem implements ProblemCode {
  CASE_ALREADY_ERASED(HttpStatus.CONFLICT),
  CASE_ALREADY_RECORDED(HttpStatus.CONFLICT),
  CASE_ERASED(HttpStatus.CONFLICT),
  CASE_DATA_ERASED(HttpStatus.GONE),
  CASE_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  CaseProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
