package mx.bitacora.command.messaging;

import mx.bitacora.platform.problem.ProblemCode;

/**
 * A creation command whose repeat is a rule violated rather than a retry answered as the first
 * time: erasing a case that is already erased says so. (A client that must retry safely sends an
 * {@code Idempotency-Key}, which answers its own retry as the first time.)
 */
public interface RefusedWhenRepeated {

  /** The problem code a repeat is refused with (409). */
  ProblemCode codeWhenRepeated();
}
