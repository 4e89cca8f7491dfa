/** M2: how long after a command's 2xx its change is visible in query-service's view. */
package mx.bitacora.benchmarks.lag;
