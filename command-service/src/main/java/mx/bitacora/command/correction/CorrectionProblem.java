package mx.bitacora.command.correction;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * The codes command-service answers about corrections and voidings, for every aggregate that
 * records them.
 */
public enum CorrectionProblem implements ProblemCode {
  CORRECTION_CHANGES_NOTHING(HttpStatus.CONFLICT),
  CORRECTION_FIELDS_DO_NOT_APPLY(HttpStatus.CONFLICT),
  CORRECTION_WITHOUT_REASON(HttpStatus.CONFLICT),
  FACT_ALREADY_VOIDED(HttpStatus.CONFLICT),
  FACT_NOT_CORRECTABLE(HttpStatus.CONFLICT),
  ORIGINAL_FACT_NOT_FOUND(HttpStatus.CONFLICT);

  private final HttpStatus status;

  CorrectionProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
