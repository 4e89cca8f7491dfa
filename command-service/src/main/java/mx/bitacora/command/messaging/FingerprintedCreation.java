package mx.bitacora.command.messaging;

/**
 * A creation command whose retries are recognised by a view of it rather than its whole JSON form,
 * e.g. because it carries a ciphertext that differs on every request.
 */
public interface FingerprintedCreation {

  /** What a retry must repeat exactly: serialized as JSON and digested instead of the command. */
  Object fingerprintView();
}
