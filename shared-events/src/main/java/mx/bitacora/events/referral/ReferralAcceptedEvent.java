package mx.bitacora.events.referral;

import org.axonframework.serialization.Revision;

/** The receiving agency accepted the referral. */
@Revision("1")
public record ReferralAcceptedEvent(ReferralId referralId) implements ReferralEvent {}
