/** The query side: projections of the event log into read models, and the API that reads them. */
package mx.bitacora.query;
