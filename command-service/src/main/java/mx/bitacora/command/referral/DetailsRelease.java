package mx.bitacora.command.referral;

import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;

/**
 * A referral's answer to one reader: whose case it is, and either its sealed details (null when the
 * issuer gave none) or the code that says why not ({@code refusal}).
 */
record DetailsRelease(
    ReferralId referralId,
    CaseReference caseReference,
    AgencyId issuingAgency,
    AgencyId receivingAgency,
    EncryptedDetails sealedDetails,
    ReferralProblem refusal) {

  boolean granted() {
    return refusal == null;
  }

  /** The agencies the case belongs to: each of them sees the access. */
  List<AgencyId> parties() {
    return List.of(issuingAgency, receivingAgency);
  }
}
