/** The network's agencies: register, rename, deactivate (platform administrators only). */
package mx.bitacora.command.agency;
