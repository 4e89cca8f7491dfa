/** Facts about material deliveries to shelters: planned, dispatched, acknowledged, voided. */
package mx.bitacora.events.delivery;
