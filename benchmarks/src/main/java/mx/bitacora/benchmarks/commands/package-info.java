/** Commands over HTTP: the network's reference data, command bodies, and throughput (M1, M5). */
package mx.bitacora.benchmarks.commands;
