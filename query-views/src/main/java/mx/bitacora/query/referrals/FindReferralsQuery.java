package mx.bitacora.query.referrals;

import mx.bitacora.events.referral.Urgency;

/**
 * Asks for one page of the referrals the caller may see, optionally only those their agency
 * received or issued, in one state, of one urgency, or (not) escalated.
 */
record FindReferralsQuery(
    ReferralDirection direction,
    ReferralState state,
    Urgency urgency,
    Boolean escalated,
    int page,
    int size,
    ReferralVisibility visibility) {

  long offset() {
    return (long) page * size;
  }
}
