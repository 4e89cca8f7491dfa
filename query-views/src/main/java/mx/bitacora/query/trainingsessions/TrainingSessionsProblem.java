package mx.bitacora.query.trainingsessions;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading a training session. */
public enum TrainingSessionsProblem implements ProblemCode {
  TRAINING_SESSION_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  TrainingSessionsProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
