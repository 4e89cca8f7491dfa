package mx.bitacora.events.referral;

import org.axonframework.serialization.Revision;

/** The receiving agency declined the referral, for a process reason. */
@Revision("1")
public record ReferralDeclinedEvent(ReferralId referralId, DeclineReason reason)
    implements ReferralEvent {}
