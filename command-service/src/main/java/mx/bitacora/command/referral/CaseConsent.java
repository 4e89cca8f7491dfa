package mx.bitacora.command.referral;

import mx.bitacora.events.referral.ReferralId;

/**
 * A referral's answer about its consent: the code that says why it no longer holds ({@code
 * CONSENT_WITHDRAWN}, {@code CONSENT_EXPIRED}; null while it holds), and the referral it continues
 * ({@code onwardFrom}, null for a first referral).
 */
record CaseConsent(ReferralProblem refusal, ReferralId onwardFrom) {}
