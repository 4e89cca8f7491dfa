package mx.bitacora.events.referral;

import org.axonframework.serialization.Revision;

/** The issuing agency withdrew the referral before the receiver accepted it. */
@Revision("1")
public record ReferralWithdrawnEvent(ReferralId referralId) implements ReferralEvent {}
