package mx.bitacora.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a problem an operation (or every operation of a controller) can answer beyond the
 * common ones: its HTTP status and the stable codes it may carry.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(Problems.class)
public @interface Problem {

  /** The HTTP status, e.g. 409. */
  int status();

  /**
   * The codes a problem of that status may carry, e.g. {@code DELIVERY_NOT_DISPATCHED}: names of
   * {@link mx.bitacora.platform.problem.ProblemCode} constants of that status (each service's
   * {@code ProblemMessagesTest} checks them; an annotation cannot take constants of several enums).
   */
  String[] codes();
}
