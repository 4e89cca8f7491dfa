/**
 * Test helpers for the query service: a database with the event store, a small API client, and the
 * bases its projection and API tests stand on.
 */
package mx.bitacora.query.testing;
