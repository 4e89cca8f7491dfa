package mx.bitacora.events.referral;

import mx.bitacora.events.common.CorrectedFact;
import org.axonframework.serialization.Revision;

/**
 * One earlier step of the referral (an acceptance, a decline or a withdrawal) is voided, with the
 * reason: it no longer counts, so the referral awaits an answer again, yet the step stays in the
 * log as recorded; {@code originalKind} says which it was. The actor is in the event's metadata.
 */
@Revision("2")
public record ReferralStepVoidedEvent(
    ReferralId referralId, CorrectedFact original, ReferralStepKind originalKind, String reason)
    implements ReferralEvent {}
