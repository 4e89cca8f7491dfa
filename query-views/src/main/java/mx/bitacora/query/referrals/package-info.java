/**
 * Each agency's referrals (issued and received), each referral's detail and history, and the
 * commission's escalated referrals; every read is recorded in the access log.
 */
package mx.bitacora.query.referrals;
