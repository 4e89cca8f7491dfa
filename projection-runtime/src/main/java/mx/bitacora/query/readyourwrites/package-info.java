/**
 * Read your own writes: a query naming a log position ({@code notOlderThan}) waits, within a bound,
 * until every processor feeding its view has processed that position.
 */
package mx.bitacora.query.readyourwrites;
