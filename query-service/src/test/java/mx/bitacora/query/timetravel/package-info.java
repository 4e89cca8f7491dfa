/** Tests of "as of" reads against PostgreSQL. */
package mx.bitacora.query.timetravel;
