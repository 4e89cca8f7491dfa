/** What each PostgreSQL role may and may not do, on a database migrated as deployed. */
package mx.bitacora.system.privileges;
