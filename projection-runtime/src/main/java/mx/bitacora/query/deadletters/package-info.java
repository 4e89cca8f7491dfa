/** Dead letters: events a projection could not apply, listed, retried and resolved by admins. */
package mx.bitacora.query.deadletters;
