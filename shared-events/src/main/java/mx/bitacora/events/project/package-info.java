/** Facts about support projects: opened, beneficiary shelters added or removed, closed. */
package mx.bitacora.events.project;
