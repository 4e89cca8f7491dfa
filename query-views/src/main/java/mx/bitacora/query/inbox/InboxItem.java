package mx.bitacora.query.inbox;

import java.time.Instant;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.Urgency;

/**
 * One notice of the caller's agency's inbox: what happened ({@code kind}) to which referral, the
 * other agency of the referral, its urgency, when it was recorded and, if the event says, when it
 * happened ({@code businessTime}: an escalation's instant, a consent withdrawal's date); whether it
 * was read, by whom and when. No case reference and no victim datum: the referral's own view shows
 * what the agency may see of it.
 */
public record InboxItem(
    UUID itemId,
    InboxKind kind,
    ReferralId referralId,
    AgencyId otherAgency,
    Urgency urgency,
    Instant recordedAt,
    String businessTime,
    boolean read,
    String readBy,
    Instant readAt) {}
