package mx.bitacora.command.commitment;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about commitments. */
public enum CommitmentProblem implements ProblemCode {
  COMMITMENT_NOT_FOUND(HttpStatus.NOT_FOUND),
  COMMITMENT_ALREADY_RECORDED(HttpStatus.CONFLICT),
  NOT_A_COMMITTING_PARTY(HttpStatus.FORBIDDEN),
  COMMITMENT_PROJECT_NOT_REGISTERED(HttpStatus.CONFLICT),
  COMMITMENT_PROJECT_CLOSED(HttpStatus.CONFLICT),
  COMMITMENT_SHELTER_NOT_REGISTERED(HttpStatus.CONFLICT),
  COMMITMENT_SHELTER_CLOSED(HttpStatus.CONFLICT),
  COMMITMENT_DUE_IN_THE_PAST(HttpStatus.CONFLICT),
  COMMITMENT_PERIOD_ENDS_BEFORE_START(HttpStatus.CONFLICT),
  COMMITMENT_QUANTITY_NOT_POSITIVE(HttpStatus.CONFLICT),
  COMMITMENT_WITHDRAWN(HttpStatus.CONFLICT),
  COMMITMENT_KIND_CANNOT_CHANGE(HttpStatus.CONFLICT),
  COMMITMENT_REVISION_CHANGES_NOTHING(HttpStatus.CONFLICT),
  COMMITMENT_REASON_REQUIRED(HttpStatus.CONFLICT);

  private final HttpStatus status;

  CommitmentProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
