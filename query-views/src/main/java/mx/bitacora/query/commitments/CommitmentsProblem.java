package mx.bitacora.query.commitments;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading commitments. */
public enum CommitmentsProblem implements ProblemCode {
  COMMITMENT_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  CommitmentsProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
