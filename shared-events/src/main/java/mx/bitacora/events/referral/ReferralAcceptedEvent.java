package mx.bitacora.events.referral;

/** The receiving agency accepted the referral. */
public record ReferralAcceptedEvent(ReferralId referralId) implements ReferralEvent {}
