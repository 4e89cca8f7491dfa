/**
 * The visibility matrix: every query endpoint in the OpenAPI document, every role, own and other
 * agency.
 */
package mx.bitacora.query.visibility;
