package mx.bitacora.command.messaging;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers when a command cannot be stored, whatever the feature. */
public enum CommandProblem implements ProblemCode {
  CONCURRENT_UPDATE(HttpStatus.CONFLICT),
  OUTCOME_UNKNOWN(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  CommandProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
