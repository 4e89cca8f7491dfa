package mx.bitacora.query.readyourwrites;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers when a read must reflect a recorded write. */
public enum ReadYourWritesProblem implements ProblemCode {
  VIEW_NOT_CAUGHT_UP(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  ReadYourWritesProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
