/** Per-request correlation: the HTTP request id carried into logs, problems and event metadata. */
package mx.bitacora.platform.request;
