/**
 * The tamper-evident record: a hash chain over the stored event log, signed checkpoints,
 * verification.
 */
package mx.bitacora.query.integrity;
