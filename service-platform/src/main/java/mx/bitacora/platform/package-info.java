/** Infrastructure both services share: identity, problem responses, request ids, event store. */
package mx.bitacora.platform;
