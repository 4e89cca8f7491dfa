/**
 * Facts about referrals (canalizaciones) of a victim, known only by a pseudonymous case reference.
 */
package mx.bitacora.events.referral;
