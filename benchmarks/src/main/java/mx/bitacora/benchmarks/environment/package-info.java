/** What the benchmarks run on: a fresh database, both services as processes, keys, the machine. */
package mx.bitacora.benchmarks.environment;
