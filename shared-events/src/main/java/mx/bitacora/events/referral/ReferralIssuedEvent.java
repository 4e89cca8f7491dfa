package mx.bitacora.events.referral;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/**
 * An agency referred the victim of case {@code caseReference} to another agency (and, optionally,
 * one of its shelters) for a service. {@code receivingShelter} and {@code victimDetails} may be
 * null; victim details are only ever stored encrypted.
 */
@Revision("1")
public record ReferralIssuedEvent(
    ReferralId referralId,
    CaseReference caseReference,
    AgencyId issuingAgency,
    AgencyId receivingAgency,
    ShelterId receivingShelter,
    ServiceRequested service,
    Urgency urgency,
    Consent consent,
    EncryptedDetails victimDetails)
    implements ReferralEvent {}
