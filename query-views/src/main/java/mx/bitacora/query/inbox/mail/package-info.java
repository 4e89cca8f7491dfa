/**
 * The inbox's e-mails: for an agency with a configured address, one message per new notice, saying
 * only that something is waiting, with a link to the inbox. Kept in an outbox row per notice (put
 * there once, by the serving projection), sent by a scheduled sender that retries a failed send.
 */
package mx.bitacora.query.inbox.mail;
