/**
 * Reviews of break-glass reads, as recorded by command-service: one row per reviewed access-log
 * entry (table {@code break_glass_review}). The listing that joins them to the access log is {@code
 * query.accesslog}'s.
 */
package mx.bitacora.query.breakglass;
