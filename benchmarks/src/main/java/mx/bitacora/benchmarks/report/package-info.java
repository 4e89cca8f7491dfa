/**
 * The figures of one run, the targets they are judged against, and the files they are written to.
 */
package mx.bitacora.benchmarks.report;
