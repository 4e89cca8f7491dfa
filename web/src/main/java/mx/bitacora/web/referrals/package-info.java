/**
 * Referrals (canalizaciones) for agency staff: the agency's list, issuing one with its sealed
 * victim details and consent, one referral with its history and the answers its parties may give,
 * and the sealed reads (victim details, case notes) for a stated purpose, shown on that response
 * alone.
 */
package mx.bitacora.web.referrals;
