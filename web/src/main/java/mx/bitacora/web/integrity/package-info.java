/**
 * The event log's integrity as an auditor checks it: the latest signed checkpoint, verification.
 */
package mx.bitacora.web.integrity;
