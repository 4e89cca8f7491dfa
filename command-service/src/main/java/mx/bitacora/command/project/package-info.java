/** Support projects: open, add or remove beneficiary shelters, close. */
package mx.bitacora.command.project;
