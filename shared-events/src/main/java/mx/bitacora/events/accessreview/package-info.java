/**
 * Facts about reads recorded in the access log: a commission auditor's review of a break-glass
 * read. Positions and codes only, never free text.
 */
package mx.bitacora.events.accessreview;
