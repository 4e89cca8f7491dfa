/**
 * Rebuilds of a projection from the start of the log, beside the serving version, with takeover.
 */
package mx.bitacora.query.rebuild;
