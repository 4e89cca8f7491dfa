/**
 * The access log page: who read which case's data, break-glass reads and their review status, as
 * query-service answers them to the signed-in person, and the commission's review of a break-glass
 * read, recorded by command-service.
 */
package mx.bitacora.web.accesslog;
