/** Baselines: what PostgreSQL and Jackson do for the same data without the platform (B1, B4). */
package mx.bitacora.benchmarks.baseline;
