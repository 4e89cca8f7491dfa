/** Shelters: register, change capacity, close; acted on by staff of the operating agency. */
package mx.bitacora.command.shelter;
