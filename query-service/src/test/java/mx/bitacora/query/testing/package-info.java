/** Test helpers for the query service: a database with the event store, and a small API client. */
package mx.bitacora.query.testing;
