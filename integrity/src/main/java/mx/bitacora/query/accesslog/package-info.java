/**
 * Who read which case: the access log's entries as each agency and the commission may see them.
 * Entries are written by both services through {@code platform.accesslog}.
 */
package mx.bitacora.query.accesslog;
