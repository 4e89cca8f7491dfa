package mx.bitacora.command.casekeys;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mx.bitacora.events.referral.CaseReference;

/** Case keys held in memory, for tests that need no database. */
final class InMemoryCaseKeys implements CaseKeys {

  final Map<CaseReference, byte[]> keys = new ConcurrentHashMap<>();
  final Map<CaseReference, byte[]> macKeys = new ConcurrentHashMap<>();
  private final Set<CaseReference> erased = new HashSet<>();

  @Override
  public Optional<byte[]> wrappedKey(CaseReference caseReference) {
    return Optional.ofNullable(keys.get(caseReference));
  }

  @Override
  public void storeIfAbsent(CaseReference caseReference, byte[] wrappedKey) {
    keys.putIfAbsent(caseReference, wrappedKey);
  }

  @Override
  public Optional<byte[]> wrappedMacKey(CaseReference caseReference) {
    return Optional.ofNullable(macKeys.get(caseReference));
  }

  @Override
  public void storeMacKeyIfAbsent(CaseReference caseReference, byte[] wrappedMacKey) {
    if (keys.containsKey(caseReference)) {
      macKeys.putIfAbsent(caseReference, wrappedMacKey);
    }
  }

  @Override
  public boolean isErased(CaseReference caseReference) {
    return erased.contains(caseReference);
  }

  @Override
  public void destroy(CaseReference caseReference) {
    keys.remove(caseReference);
    macKeys.remove(caseReference);
    erased.add(caseReference);
  }
}
