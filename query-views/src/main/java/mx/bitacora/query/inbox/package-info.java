/**
 * Each agency's inbox: the notices waiting for it (a referral addressed to it, an answer to its
 * referral, an escalation, a withdrawal, a consent withdrawal), derived from the referral events,
 * and which of them its staff marked read. A notice never holds a case reference or a victim datum.
 */
package mx.bitacora.query.inbox;
