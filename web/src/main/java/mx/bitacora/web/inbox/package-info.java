/** The inbox (bandeja): the notices waiting for the person's agency, and marking them read. */
package mx.bitacora.web.inbox;
