/**
 * Facts about an agency's inbox: which notices (a referral addressed to it, an answer, an
 * escalation, a consent withdrawal…) its staff marked read. The notices themselves are not events:
 * query-service derives them from the referral events; each is named by the id of the event it
 * comes from.
 */
package mx.bitacora.events.inbox;
