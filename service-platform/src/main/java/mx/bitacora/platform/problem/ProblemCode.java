package mx.bitacora.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A stable problem code, implemented by one enum per owner: its constant's {@link #name()} is the
 * problem's {@code code} on the wire and selects its messages ({@code problem.<CODE>.title} /
 * {@code .detail}), and {@link #status()} is the status it is answered with.
 */
public interface ProblemCode {

  /** The code as clients see it, e.g. {@code DELIVERY_NOT_DISPATCHED}. */
  String name();

  /**
   * The HTTP status a problem with this code is answered with; for a code the servlet container
   * decides the status of (e.g. {@code REQUEST_TOO_LARGE}: 413, 414 or 431), the usual one.
   */
  HttpStatus status();
}
