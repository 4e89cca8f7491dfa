package mx.bitacora.query.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;

/**
 * One notice of the caller's agency's inbox: what happened ({@code kind}) to which referral, the
 * other agency of the referral, its urgency, when it was recorded and, if the event says, when it
 * happened ({@code businessTime}: an escalation's instant, a consent withdrawal's date); whether it
 * was read, by whom and when. No case reference and no victim datum: the referral's own view shows
 * what the agency may see of it. A notice of a finding names its review and finding and the date
 * its answer is due ({@code dueOn}), never what the finding says: {@code GET /reviews/{reviewId}}
 * shows it; it has no referral, other agency or urgency.
 */
public record InboxItem(
    UUID itemId,
    InboxKind kind,
    ReferralId referralId,
    ReviewId reviewId,
    FindingId findingId,
    AgencyId otherAgency,
    Urgency urgency,
    Instant recordedAt,
    String businessTime,
    LocalDate dueOn,
    boolean read,
    String readBy,
    Instant readAt) {}
