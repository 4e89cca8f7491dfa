/**
 * Who did what on whose behalf: actor, agency, roles and request id stamped on every command and
 * event; and where in the log a command's events were stored, answered in {@code X-Event-Position}.
 */
package mx.bitacora.command.messaging;
