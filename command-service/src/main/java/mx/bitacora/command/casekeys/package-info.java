/**
 * Victims' case data: per-case data keys wrapped by the master key, sealing and opening of victim
 * details, and erasure of a case by destroying its key.
 */
package mx.bitacora.command.casekeys;
