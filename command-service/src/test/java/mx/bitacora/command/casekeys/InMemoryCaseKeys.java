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
  public boolean isErased(CaseReference caseReference) {
    return erased.contains(caseReference);
  }

  @Override
  public void destroy(CaseReference caseReference) {
    keys.remove(caseReference);
    erased.add(caseReference);
  }
}
