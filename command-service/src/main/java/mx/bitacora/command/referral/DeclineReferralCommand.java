package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving agency declines a referral, giving a process reason. */
record DeclineReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    DeclineReason reason) {}
