/**
 * Support projects: the ones the person's agency is party to (funder, implementer or coordinator),
 * opening one, its beneficiary shelters, and closing it.
 */
package mx.bitacora.web.projects;
