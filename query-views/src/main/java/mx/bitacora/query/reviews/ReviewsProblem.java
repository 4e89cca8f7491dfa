package mx.bitacora.query.reviews;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading compliance reviews. */
public enum ReviewsProblem implements ProblemCode {
  REVIEW_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  ReviewsProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
