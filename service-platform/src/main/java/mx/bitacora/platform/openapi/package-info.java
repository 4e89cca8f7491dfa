/** The OpenAPI document's shared parts: bearer-token security and problem responses. */
package mx.bitacora.platform.openapi;
