package mx.bitacora.platform.request;

/**
 * A query string the container could not read as parameters (e.g. {@code ?status=%ZZ}): refused,
 * since the container would otherwise drop the parameters and answer as if no filter were given.
 */
public class MalformedQueryException extends RuntimeException {

  public MalformedQueryException() {
    super("malformed query string", null, false, false);
  }
}
