package mx.bitacora.events.referral;

import java.util.Objects;
import mx.bitacora.events.common.Confidential;

/**
 * Victim details sealed with the data key of case {@code caseReference} (AEAD, associated data:
 * case reference and referral id), as base64. Unreadable forever once the case is erased.
 */
public record EncryptedDetails(CaseReference caseReference, String ciphertext)
    implements Confidential {

  public EncryptedDetails {
    Objects.requireNonNull(caseReference, "caseReference");
    Objects.requireNonNull(ciphertext, "ciphertext");
  }

  @Override
  public String toString() {
    return "EncryptedDetails[" + caseReference + ", " + ciphertext.length() + " chars]";
  }
}
