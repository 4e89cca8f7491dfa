/** Idempotency keys: a command request retried with the same key is answered as the first was. */
package mx.bitacora.command.idempotency;
