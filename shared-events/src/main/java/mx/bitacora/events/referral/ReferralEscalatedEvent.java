package mx.bitacora.events.referral;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The receiving agency did not answer the referral within its urgency's limit, so the referral is
 * brought to the commission's attention. Recorded by the platform itself, once, while the referral
 * is still unanswered; it can still be accepted, declined or withdrawn afterwards.
 *
 * @param limit the answer limit that applied when the referral was issued
 * @param escalatedAt when that limit ran out
 */
@Revision("1")
public record ReferralEscalatedEvent(
    ReferralId referralId,
    CaseReference caseReference,
    Urgency urgency,
    Duration limit,
    Instant escalatedAt)
    implements ReferralEvent {}
