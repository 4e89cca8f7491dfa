package mx.bitacora.command.referral;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the victim withdrew their consent for the referral (issuing agency only). */
record WithdrawConsentCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    LocalDate withdrawnOn) {}
