package mx.bitacora.query.integrity;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about checkpoints of the sealed logs. */
public enum IntegrityProblem implements ProblemCode {
  NO_CHECKPOINT_YET(HttpStatus.NOT_FOUND),
  CHECKPOINT_NOT_GENUINE(HttpStatus.UNPROCESSABLE_ENTITY),
  CHECKPOINT_OF_ANOTHER_LOG(HttpStatus.UNPROCESSABLE_ENTITY);

  private final HttpStatus status;

  IntegrityProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
