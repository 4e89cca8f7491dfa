package mx.bitacora.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the status an operation answers on success when it is not 200: {@code 201} or {@code
 * 202}, both with a {@code Location}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SuccessStatus {

  /** The status, e.g. 201. */
  int value();
}
