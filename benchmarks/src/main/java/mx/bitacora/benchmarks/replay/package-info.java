/**
 * M3: a log of a million realistic events, seeded in bulk, and every projection rebuilt from it.
 */
package mx.bitacora.benchmarks.replay;
