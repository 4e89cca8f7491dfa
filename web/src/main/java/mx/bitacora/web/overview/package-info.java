/**
 * The commission overview page: the network's figures per agency or per state, as query-service
 * answers them to the signed-in person, with charts and the service's CSV and PDF exports.
 */
package mx.bitacora.web.overview;
