package mx.bitacora.command.referral;

import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the referral's victim details with a new sealed version (issuing agency only). */
record AmendVictimDetailsCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    UUID amendmentId,
    EncryptedDetails victimDetails) {}
