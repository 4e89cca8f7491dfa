package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The issuing agency withdraws a referral the receiver has not answered yet. */
record WithdrawReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId, AgencyId actingAgency) {}
