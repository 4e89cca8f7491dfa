package mx.bitacora.query.deadletters;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about a view's dead letters. */
public enum DeadLetterProblem implements ProblemCode {
  DEAD_LETTER_NOT_FOUND(HttpStatus.NOT_FOUND),
  PROCESSING_GROUP_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  DeadLetterProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
