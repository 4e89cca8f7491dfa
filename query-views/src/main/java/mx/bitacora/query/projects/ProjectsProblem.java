package mx.bitacora.query.projects;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading projects. */
public enum ProjectsProblem implements ProblemCode {
  PROJECT_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  ProjectsProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
