/**
 * Compliance reviews and their findings, read by reviewers, auditors and the agencies concerned.
 */
package mx.bitacora.query.reviews;
