/** Checks each service's answers against its own OpenAPI document. */
package mx.bitacora.system.contract;
