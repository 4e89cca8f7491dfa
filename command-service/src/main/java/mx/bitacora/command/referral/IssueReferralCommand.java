package mx.bitacora.command.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Refer the victim of a case to another agency, on behalf of {@code actingAgency}. Victim details
 * arrive already sealed: plain victim data never enters a command.
 */
record IssueReferralCommand(
    @TargetAggregateIdentifier ReferralId referralId,
    AgencyId actingAgency,
    CaseReference caseReference,
    AgencyId receivingAgency,
    ShelterId receivingShelter,
    ServiceRequested service,
    Urgency urgency,
    Consent consent,
    EncryptedDetails victimDetails) {}
