/**
 * Who read which case: an append-only, hash-chained log of every read of case data and every
 * refusal.
 */
package mx.bitacora.query.accesslog;
