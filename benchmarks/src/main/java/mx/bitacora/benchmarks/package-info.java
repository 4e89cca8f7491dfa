/** The benchmark suite of issue 6: one command runs every figure and writes the report. */
package mx.bitacora.benchmarks;
