package mx.bitacora.command.idempotency;

/**
 * An idempotency key as stored: the request it was first sent with, where that request's events
 * were stored, and the answer it got (status null while it has none).
 */
record StoredKey(
    String requestDigest,
    long lastPosition,
    Integer answerStatus,
    String answerType,
    String answerLocation,
    byte[] answerBody) {

  boolean answered() {
    return answerStatus != null;
  }
}
