/**
 * Who did what on whose behalf: actor, agency, roles and request id stamped on every command and
 * event.
 */
package mx.bitacora.command.messaging;
