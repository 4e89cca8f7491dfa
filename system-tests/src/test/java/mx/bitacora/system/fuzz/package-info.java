/** Malformed requests made from both OpenAPI documents, sent to every operation. */
package mx.bitacora.system.fuzz;
