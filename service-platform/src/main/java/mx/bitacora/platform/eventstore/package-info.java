/** Axon's JDBC event store on PostgreSQL, in the {@code event_store} schema owned by Flyway. */
package mx.bitacora.platform.eventstore;
