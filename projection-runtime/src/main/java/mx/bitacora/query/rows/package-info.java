/** Rows of the read tables as records, mapped by column name instead of by hand. */
package mx.bitacora.query.rows;
