package mx.bitacora.command.casekeys;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Case keys held in memory, for tests that need no database. */
final class InMemoryCaseKeys implements CaseKeys {

  final Map<AgencyCase, byte[]> keys = new ConcurrentHashMap<>();
  final Map<AgencyCase, byte[]> macKeys = new ConcurrentHashMap<>();
  private final Set<AgencyCase> erased = new HashSet<>();

  @Override
  public Optional<byte[]> wrappedKey(AgencyCase agencyCase) {
    return Optional.ofNullable(keys.get(agencyCase));
  }

  @Override
  public boolean wrappedForReferenceOnly(AgencyCase agencyCase) {
    return false;
  }

  @Override
  public void storeIfAbsent(AgencyCase agencyCase, byte[] wrappedKey) {
    keys.putIfAbsent(agencyCase, wrappedKey);
  }

  @Override
  public Optional<byte[]> wrappedMacKey(AgencyCase agencyCase) {
    return Optional.ofNullable(macKeys.get(agencyCase));
  }

  @Override
  public void storeMacKeyIfAbsent(AgencyCase agencyCase, byte[] wrappedMacKey) {
    if (keys.containsKey(agencyCase)) {
      macKeys.putIfAbsent(agencyCase, wrappedMacKey);
    }
  }

  @Override
  public boolean isErased(AgencyCase agencyCase) {
    return erased.contains(agencyCase);
  }

  @Override
  public void destroy(AgencyCase agencyCase) {
    keys.remove(agencyCase);
    macKeys.remove(agencyCase);
    erased.add(agencyCase);
  }
}
