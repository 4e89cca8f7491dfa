package mx.bitacora.events.referral;

import org.axonframework.serialization.Revision;

/**
 * The issuing agency recorded that the victim narrowed their consent for this referral: from now on
 * {@code consent} (given on the day of the narrowing) is what holds, never wider than before.
 */
@Revision("1")
public record ConsentNarrowedEvent(ReferralId referralId, Consent consent)
    implements ReferralEvent {}
