/**
 * Recording reads of case data in the chained access log: what an entry holds ({@link
 * mx.bitacora.platform.accesslog.CaseAccess}) and how both services append it. Reading the log is
 * query-service's ({@code query.accesslog}).
 */
package mx.bitacora.platform.accesslog;
