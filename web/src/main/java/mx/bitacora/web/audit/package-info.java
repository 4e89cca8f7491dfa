/**
 * The commission's audit trail: every recorded event, filtered and paged, each row's correction
 * chain, and the filtered trail as CSV.
 */
package mx.bitacora.web.audit;
