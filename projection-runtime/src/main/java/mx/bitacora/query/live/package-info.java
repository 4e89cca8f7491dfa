/**
 * Live updates: server-sent events announcing view changes as they are projected, scoped by
 * visibility.
 */
package mx.bitacora.query.live;
