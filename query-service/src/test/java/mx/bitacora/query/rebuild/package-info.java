/** Tests of rebuilds beside the serving version, against PostgreSQL. */
package mx.bitacora.query.rebuild;
