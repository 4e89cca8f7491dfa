package mx.bitacora.platform.problem;

/**
 * A request refused for a business reason, carrying a stable code (e.g. {@code
 * DELIVERY_NOT_DISPATCHED}) that becomes the problem response's {@code code} and selects its
 * localized message. Thrown by aggregates and query handlers; nothing is stored when it is.
 */
public class RejectedException extends RuntimeException {

  /** Why the request was refused; decides the HTTP status. */
  public enum Reason {
    /** A business rule forbids it in the current state: 409. */
    RULE_VIOLATED,
    /** The caller may not do this: 403. */
    FORBIDDEN,
    /** Unknown, or not the caller's to see: 404. */
    NOT_FOUND,
    /** Well-formed, but its content cannot be accepted (e.g. a forged signature): 422. */
    UNPROCESSABLE,
    /** It cannot be done or confirmed now; try again later: 503 with Retry-After. */
    UNAVAILABLE
  }

  private final Reason reason;
  private final String code;
  private final transient Object[] arguments;

  public RejectedException(Reason reason, String code, Object... arguments) {
    super(code);
    this.reason = reason;
    this.code = code;
    this.arguments = arguments.clone();
  }

  public static RejectedException ruleViolated(String code, Object... arguments) {
    return new RejectedException(Reason.RULE_VIOLATED, code, arguments);
  }

  public static RejectedException forbidden(String code, Object... arguments) {
    return new RejectedException(Reason.FORBIDDEN, code, arguments);
  }

  public static RejectedException notFound(String code, Object... arguments) {
    return new RejectedException(Reason.NOT_FOUND, code, arguments);
  }

  public static RejectedException unprocessable(String code, Object... arguments) {
    return new RejectedException(Reason.UNPROCESSABLE, code, arguments);
  }

  public static RejectedException unavailable(String code, Object... arguments) {
    return new RejectedException(Reason.UNAVAILABLE, code, arguments);
  }

  public Reason reason() {
    return reason;
  }

  public String code() {
    return code;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
