package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask the referral whether its receiver ({@code actingAgency}) may refer the person on under {@code
 * consent}; stores nothing. Answered with the {@link OnwardBasis} the onward referral is built on,
 * or refused.
 */
record AuthorizeOnwardCommand(
    @TargetAggregateIdentifier ReferralId referralId, AgencyId actingAgency, Consent consent) {}
