/** Referrals of victims between agencies: issue, accept, decline, withdraw, close. */
package mx.bitacora.command.referral;
