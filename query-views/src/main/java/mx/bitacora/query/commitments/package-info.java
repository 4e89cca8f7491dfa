/**
 * Commitments and their status from the facts: deliveries received, staff trained, answers given.
 */
package mx.bitacora.query.commitments;
