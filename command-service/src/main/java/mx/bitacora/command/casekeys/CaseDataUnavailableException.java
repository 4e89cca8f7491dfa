package mx.bitacora.command.casekeys;

/**
 * Sealed victim details could not be opened: the case was erased (its key destroyed), or the
 * ciphertext does not belong to this case and referral.
 */
public class CaseDataUnavailableException extends RuntimeException {

  CaseDataUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
