/** Event text as PostgreSQL can store it: what the projections read has no U+0000. */
package mx.bitacora.query.storabletext;
