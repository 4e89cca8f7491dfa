package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Void the referral's current answer or withdrawal, named by its sequence number. */
record VoidReferralStepCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    long originalSequenceNumber,
    String reason) {}
