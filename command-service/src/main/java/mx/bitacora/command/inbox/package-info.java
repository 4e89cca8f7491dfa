/**
 * Each agency's inbox, as far as the command side goes: staff marking one of their agency's notices
 * read, recorded as an event (the notices themselves are derived by query-service from the referral
 * events, each named by its source event's id).
 */
package mx.bitacora.command.inbox;
