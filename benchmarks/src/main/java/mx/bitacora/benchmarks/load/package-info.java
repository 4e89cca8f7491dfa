/** Driving the services over HTTP: clients in a closed loop, latencies, answers. */
package mx.bitacora.benchmarks.load;
