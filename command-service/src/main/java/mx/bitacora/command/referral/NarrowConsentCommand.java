package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the victim narrowed their consent for the referral (issuing agency only). */
record NarrowConsentCommand(
    @TargetAggregateIdentifier ReferralId referralId, AgencyId actingAgency, Consent consent) {}
