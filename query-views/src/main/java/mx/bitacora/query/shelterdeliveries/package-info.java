/**
 * Each shelter's material deliveries, with status and acknowledged quantities, and each delivery's
 * full history.
 */
package mx.bitacora.query.shelterdeliveries;
