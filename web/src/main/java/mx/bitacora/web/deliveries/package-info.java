/**
 * Deliveries of materials to shelters: the agency's deliveries, one delivery with its lines and
 * history, and the forms to plan, dispatch, acknowledge (with discrepancies) and void one.
 */
package mx.bitacora.web.deliveries;
