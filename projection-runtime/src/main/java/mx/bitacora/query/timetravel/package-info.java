/** "As of" reads: any view answered as it stood at a past log position or instant, by replay. */
package mx.bitacora.query.timetravel;
