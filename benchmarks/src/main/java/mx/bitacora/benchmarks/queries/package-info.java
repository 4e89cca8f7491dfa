/** M4: how fast query-service answers its views with a million events stored. */
package mx.bitacora.benchmarks.queries;
