package mx.bitacora.command.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.bitacora.command.casekeys.AgencyCase;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;

/**
 * A referral's answer to one reader: whose case it is (for an onward referral, the first referral's
 * issuer's), its parties, and either the sealed part asked for or the code that says why not
 * ({@code refusal}). For the victim details: the standing version ({@code sealedDetails}, null when
 * the issuer gave none), what it is bound to, and how many amendments came before; for case notes,
 * every note in the order added. {@code onwardFrom} names the referral an onward one continues
 * (null for a first referral), whose consent the read must hold to as well.
 */
record DetailsRelease(
    ReferralId referralId,
    AgencyCase agencyCase,
    AgencyId issuingAgency,
    AgencyId receivingAgency,
    ReferralProblem refusal,
    EncryptedDetails sealedDetails,
    String detailsSealedFor,
    int amendments,
    List<SealedNote> notes,
    ReferralId onwardFrom) {

  boolean granted() {
    return refusal == null;
  }

  /** The agencies the case belongs to: each of them sees the access. */
  List<AgencyId> parties() {
    return List.of(issuingAgency, receivingAgency);
  }

  /** One case note as the referral keeps it: sealed, bound to its id. */
  record SealedNote(UUID noteId, AgencyId author, Instant addedAt, EncryptedDetails note) {}
}
