/**
 * Compliance reviews: opened and concluded by reviewers, findings answered by the agency concerned.
 */
package mx.bitacora.command.review;
