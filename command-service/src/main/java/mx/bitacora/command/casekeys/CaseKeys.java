package mx.bitacora.command.casekeys;

import java.util.Optional;
import mx.bitacora.events.referral.CaseReference;

/** Where the wrapped data keys of cases are kept, and the record of which cases were erased. */
public interface CaseKeys {

  /** The case's wrapped data key, if the case has one (it has none once erased). */
  Optional<byte[]> wrappedKey(CaseReference caseReference);

  /** Stores the case's first wrapped key; keeps an existing one. */
  void storeIfAbsent(CaseReference caseReference, byte[] wrappedKey);

  /** The case's wrapped MAC key, if it has one (kept with the data key, destroyed with it). */
  Optional<byte[]> wrappedMacKey(CaseReference caseReference);

  /** Stores the case's first wrapped MAC key beside its data key; keeps an existing one. */
  void storeMacKeyIfAbsent(CaseReference caseReference, byte[] wrappedMacKey);

  /** Whether the case's key was destroyed. */
  boolean isErased(CaseReference caseReference);

  /** Deletes the case's wrapped keys and records that the case was erased. */
  void destroy(CaseReference caseReference);
}
