/**
 * Calling command-service and query-service for the signed-in person: with their token (refreshed
 * when it expires), in their language, reading their own writes, and showing what the services
 * refuse as the services' own translated problem.
 */
package mx.bitacora.web.services;
