/** The network's agencies and shelters, as pickers and names on pages (from query-service). */
package mx.bitacora.web.directory;
