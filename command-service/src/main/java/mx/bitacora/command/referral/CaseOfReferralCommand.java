package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask the referral, for one of its parties, whose case it is ({@link ReferralCase}), so that what
 * the party adds can be sealed with that case's key. Stores nothing; anyone else is told the
 * referral does not exist.
 */
record CaseOfReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId, AgencyId actingAgency) {}
