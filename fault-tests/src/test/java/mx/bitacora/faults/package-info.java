/** Faults injected into the running platform: crashes, database outages, locked views. */
package mx.bitacora.faults;
