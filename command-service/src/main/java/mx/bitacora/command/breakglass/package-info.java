/**
 * Reviews of break-glass reads: a commission auditor other than the reader records whether a
 * break-glass read in the access log was justified, once per entry. Who read an entry is asked of
 * the database ({@code integrity.access_entry_reader}), since this service may not read the log.
 */
package mx.bitacora.command.breakglass;
