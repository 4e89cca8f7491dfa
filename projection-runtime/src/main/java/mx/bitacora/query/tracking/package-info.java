/** How projections tail the event log: token store, dead-letter queues, one savepoint per event. */
package mx.bitacora.query.tracking;
