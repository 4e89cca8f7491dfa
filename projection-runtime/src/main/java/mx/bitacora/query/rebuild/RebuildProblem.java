package mx.bitacora.query.rebuild;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about rebuilding a view. */
public enum RebuildProblem implements ProblemCode {
  REBUILD_IN_PROGRESS(HttpStatus.CONFLICT);

  private final HttpStatus status;

  RebuildProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
