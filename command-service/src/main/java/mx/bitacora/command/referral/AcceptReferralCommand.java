package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving agency accepts a referral. */
record AcceptReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId, AgencyId actingAgency) {}
