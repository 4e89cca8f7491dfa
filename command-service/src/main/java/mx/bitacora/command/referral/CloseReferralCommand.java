package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The receiving agency closes an accepted referral with its outcome. */
record CloseReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    ReferralOutcome outcome,
    ClosureReason reason) {}
