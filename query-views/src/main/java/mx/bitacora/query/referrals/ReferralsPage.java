package mx.bitacora.query.referrals;

import java.util.List;
import mx.bitacora.events.referral.Urgency;

/**
 * One page of the referrals the caller may see, newest issue first (by business time), with the
 * paging figures; the filters are echoed, null when not asked for.
 */
public record ReferralsPage(
    ReferralDirection direction,
    ReferralState state,
    Urgency urgency,
    Boolean escalated,
    java.time.Instant from,
    java.time.Instant to,
    java.time.Instant recordedFrom,
    java.time.Instant recordedTo,
    List<ReferralSummary> referrals,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
