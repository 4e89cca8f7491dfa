package mx.bitacora.command.casekeys;

import java.util.Optional;

/**
 * Where the wrapped data keys of cases are kept, and the record of which cases were erased. Each
 * case is one agency's ({@link AgencyCase}): nothing here is shared between two agencies' cases
 * under the same reference.
 */
public interface CaseKeys {

  /** The case's wrapped data key, if the case has one (it has none once erased). */
  Optional<byte[]> wrappedKey(AgencyCase agencyCase);

  /**
   * Whether the case's keys were wrapped before cases were scoped to their issuing agency, bound to
   * the reference alone; keys created since are bound to agency and reference.
   */
  boolean wrappedForReferenceOnly(AgencyCase agencyCase);

  /** Stores the case's first wrapped key; keeps an existing one. */
  void storeIfAbsent(AgencyCase agencyCase, byte[] wrappedKey);

  /** The case's wrapped MAC key, if it has one (kept with the data key, destroyed with it). */
  Optional<byte[]> wrappedMacKey(AgencyCase agencyCase);

  /** Stores the case's first wrapped MAC key beside its data key; keeps an existing one. */
  void storeMacKeyIfAbsent(AgencyCase agencyCase, byte[] wrappedMacKey);

  /** Whether the case's key was destroyed. */
  boolean isErased(AgencyCase agencyCase);

  /** Deletes the case's wrapped keys and records that the case was erased. */
  void destroy(AgencyCase agencyCase);
}
