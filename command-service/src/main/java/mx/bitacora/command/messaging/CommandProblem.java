package mx.bitacora.command.messaging;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * The code command-service answers when another write to the same aggregate won, whatever the
 * feature.
 */
public enum CommandProblem implements ProblemCode {
  CONCURRENT_UPDATE(HttpStatus.CONFLICT);

  private final HttpStatus status;

  CommandProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
