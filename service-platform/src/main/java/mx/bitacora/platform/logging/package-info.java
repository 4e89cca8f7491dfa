/**
 * What every log line carries where it applies (request id, correlation id, acting agency,
 * processing group) in the logging context, so that structured (JSON) logs name them as fields.
 */
package mx.bitacora.platform.logging;
