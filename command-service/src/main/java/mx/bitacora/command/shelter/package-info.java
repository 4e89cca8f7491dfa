/**
 * Shelters: register, change capacity, close; acted on by staff of the operating agency. A
 * shelter's location is sealed with its own key and opened only for its operator and auditors.
 */
package mx.bitacora.command.shelter;
