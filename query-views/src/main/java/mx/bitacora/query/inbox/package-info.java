/**
 * Each agency's inbox: the notices waiting for it (a referral addressed to it, an answer to its
 * referral, an escalation, a withdrawal, a consent withdrawal; a finding addressed to it, reopened
 * or escalated), derived from referral and review events, and which of them its staff marked read.
 * A notice never holds a case reference, a victim datum or a finding's text.
 */
package mx.bitacora.query.inbox;
