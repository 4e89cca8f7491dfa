package mx.bitacora.events.referral;

/** The receiving agency declined the referral, for a process reason. */
public record ReferralDeclinedEvent(ReferralId referralId, DeclineReason reason)
    implements ReferralEvent {}
