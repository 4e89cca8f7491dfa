package mx.bitacora.query.referrals;

import java.time.Instant;
import mx.bitacora.events.referral.Urgency;

/**
 * Asks for one page of the referrals the caller may see, optionally only those their agency
 * received or issued, in one state, of one urgency, or (not) escalated, issued within a range of
 * business time ({@code from} inclusive, {@code to} exclusive: when it was made, as stated, else
 * its record time) and one of record time ({@code recordedFrom}, {@code recordedTo}).
 */
record FindReferralsQuery(
    ReferralDirection direction,
    ReferralState state,
    Urgency urgency,
    Boolean escalated,
    Instant from,
    Instant to,
    Instant recordedFrom,
    Instant recordedTo,
    int page,
    int size,
    ReferralVisibility visibility) {

  long offset() {
    return (long) page * size;
  }
}
