package mx.bitacora.command.referral;

import java.util.UUID;
import mx.bitacora.events.referral.ReferralId;

/**
 * The sealed parts of a referral a reader may ask for, and what each ciphertext is bound to (its
 * associated data, with the case reference): the details to the referral alone, as they
 * always were; an amendment to its id; a case note to its id.
 */
enum SealedPart {
  VICTIM_DETAILS,
  CASE_NOTES;

  static String issuedDetails(ReferralId referralId) {
    return referralId.toString();
  }

  static String amendment(ReferralId referralId, UUID amendmentId) {
    return referralId + "/amendment/" + amendmentId;
  }

  static String note(ReferralId referralId, UUID noteId) {
    return referralId + "/note/" + noteId;
  }
}
