package mx.bitacora.query.referrals;

import mx.bitacora.events.referral.ReferralId;

/** Asks for one referral's detail and history, as far as {@code visibility} lets the caller. */
record FindReferralQuery(ReferralId referralId, ReferralVisibility visibility) {}
