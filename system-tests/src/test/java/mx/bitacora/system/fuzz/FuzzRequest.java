package mx.bitacora.system.fuzz;

import java.util.List;

/**
 * One malformed request to one operation: sent exactly as written (its request target is not
 * re-encoded by any client), with the canary it carries, which the answer must never contain.
 */
record FuzzRequest(
    ApiOperation operation,
    String mutation,
    String canary,
    String target,
    List<String> headers,
    byte[] body) {

  /** How a failure names it: the operation and the mutation. */
  String name() {
    return operation.name() + " [" + mutation + "]";
  }
}
