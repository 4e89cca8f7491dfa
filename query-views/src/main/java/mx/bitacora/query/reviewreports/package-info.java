/**
 * Review reports: a review with the commitments in its scope, its findings and their answers,
 * computed from the log as of a signed checkpoint and rendered as PDF, CSV or JSON; each issuance
 * recorded as an event with the file's SHA-256; and the verification of a file someone holds.
 */
package mx.bitacora.query.reviewreports;
