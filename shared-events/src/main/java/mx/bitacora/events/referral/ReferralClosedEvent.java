package mx.bitacora.events.referral;

import org.axonframework.serialization.Revision;

/** The receiving agency closed an accepted referral with its outcome and a process reason. */
@Revision("1")
public record ReferralClosedEvent(
    ReferralId referralId, ReferralOutcome outcome, ClosureReason reason)
    implements ReferralEvent {}
