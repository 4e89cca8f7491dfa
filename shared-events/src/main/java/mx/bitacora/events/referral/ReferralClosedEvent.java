package mx.bitacora.events.referral;

/** The receiving agency closed an accepted referral with its outcome and a process reason. */
public record ReferralClosedEvent(
    ReferralId referralId, ReferralOutcome outcome, ClosureReason reason)
    implements ReferralEvent {}
