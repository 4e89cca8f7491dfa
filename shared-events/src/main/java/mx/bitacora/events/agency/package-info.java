/** Facts about the network's agencies: registered, renamed, deactivated. */
package mx.bitacora.events.agency;
