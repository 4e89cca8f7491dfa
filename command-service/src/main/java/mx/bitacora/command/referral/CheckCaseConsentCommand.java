package mx.bitacora.command.referral;

import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask a referral whether the victim's consent it records still holds, for a read of an onward
 * referral that continues it. Stores nothing: the referral answers with a {@link CaseConsent}.
 */
record CheckCaseConsentCommand(@TargetAggregateIdentifier ReferralId referralId) {}
