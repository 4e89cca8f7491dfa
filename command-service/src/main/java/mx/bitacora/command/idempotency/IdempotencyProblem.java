package mx.bitacora.command.idempotency;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about a request's {@code Idempotency-Key}. */
public enum IdempotencyProblem implements ProblemCode {
  IDEMPOTENCY_KEY_INVALID(HttpStatus.BAD_REQUEST),
  IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT),
  IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT);

  private final HttpStatus status;

  IdempotencyProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
