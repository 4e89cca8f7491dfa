package mx.bitacora.events.referral;

import java.time.Instant;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/**
 * An agency referred the victim of case {@code caseReference} to another agency (and, optionally,
 * one of its shelters) for a service. {@code receivingShelter} and {@code victimDetails} may be
 * null; victim details are only ever stored encrypted. An onward referral names the referral it
 * continues ({@code onwardFrom}) and the agency whose case it is ({@code caseIssuingAgency}, the
 * first referral's issuer, whose key seals its details); both are null for a first referral, and in
 * every event stored before onward referrals existed. {@code issuedAt} is the business time of the
 * referral as the issuing agency states it (when it happened in the world); null when not stated,
 * and in every event stored before business times existed: the record time stands in for it. {@code
 * receivingShelterFull} says whether the receiving shelter had no free place when the referral was
 * issued (its capacity all taken by referrals it accepted); the referral is issued all the same.
 * Null when no shelter is named, and in every event stored before it was recorded.
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
    EncryptedDetails victimDetails,
    ReferralId onwardFrom,
    AgencyId caseIssuingAgency,
    Instant issuedAt,
    Boolean receivingShelterFull)
    implements ReferralEvent {

  /** The agency whose case this is: its own issuer's, or the first referral's for an onward one. */
  public AgencyId caseAgency() {
    return caseIssuingAgency != null ? caseIssuingAgency : issuingAgency;
  }
}
