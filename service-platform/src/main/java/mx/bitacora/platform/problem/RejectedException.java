package mx.bitacora.platform.problem;

/**
 * A request refused for a business reason, carrying a stable code (e.g. {@code
 * DELIVERY_NOT_DISPATCHED}) that decides the answer's status, becomes the problem response's {@code
 * code} and selects its localized message. Thrown by aggregates and query handlers; nothing is
 * stored when it is.
 */
public class RejectedException extends RuntimeException {

  private final ProblemCode problem;
  private final transient Object[] arguments;

  public RejectedException(ProblemCode problem, Object... arguments) {
    super(problem.name());
    this.problem = problem;
    this.arguments = arguments.clone();
  }

  /** Why the request was refused, with the status that is answered. */
  public ProblemCode problem() {
    return problem;
  }

  /** The code as clients see it. */
  public String code() {
    return problem.name();
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
