/**
 * The network's agencies: register, rename, deactivate (platform administrators only); and the rule
 * that only registered, active agencies write or are named in a command.
 */
package mx.bitacora.command.agency;
