/** Facts about shelters: registered, capacity changed, closed. */
package mx.bitacora.events.shelter;
