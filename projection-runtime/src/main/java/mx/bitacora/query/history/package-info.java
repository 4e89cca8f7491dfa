/** Each aggregate's history of recorded facts, as every detail view lists it. */
package mx.bitacora.query.history;
