package mx.bitacora.command.idempotency;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/**
 * The codes command-service answers about a request's {@code Idempotency-Key}, and the outcome only
 * a retry with that key can tell.
 */
public enum IdempotencyProblem implements ProblemCode {
  IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST),
  IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT),
  IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT),
  /** Whether a command was stored is unknown: only a retry with its key can tell. */
  OUTCOME_UNKNOWN(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  IdempotencyProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
