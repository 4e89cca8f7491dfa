package mx.bitacora.events.referral;

/** The issuing agency withdrew the referral before the receiver accepted it. */
public record ReferralWithdrawnEvent(ReferralId referralId) implements ReferralEvent {}
