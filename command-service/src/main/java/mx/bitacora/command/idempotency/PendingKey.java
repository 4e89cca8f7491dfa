package mx.bitacora.command.idempotency;

/** The idempotency key of the request being handled, not stored yet. */
record PendingKey(String agency, String key, String requestDigest) {}
