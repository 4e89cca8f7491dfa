/** command-service and query-service run side by side on one fresh PostgreSQL database. */
package mx.bitacora.system.endtoend;
