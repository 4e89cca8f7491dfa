/** Upcasters: how an event stored in an earlier shape is read in its current one. */
package mx.bitacora.platform.eventstore.upcasting;
