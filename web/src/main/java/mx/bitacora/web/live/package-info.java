/**
 * Live pages: query-service's change notices (server-sent events, ids only) relayed to the person's
 * browser with their own token, where htmx refreshes the part of the page they concern.
 */
package mx.bitacora.web.live;
