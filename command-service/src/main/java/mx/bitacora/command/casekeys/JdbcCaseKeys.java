package mx.bitacora.command.casekeys;

import java.util.List;
import java.util.Optional;
import mx.bitacora.events.referral.CaseReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key table {@code case_keys.case_key} and its tombstones {@code case_keys.erased_case}. It
 * joins the caller's transaction, so an erasure and its event commit together.
 */
@Component
class JdbcCaseKeys implements CaseKeys {

  private final JdbcTemplate jdbc;

  JdbcCaseKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<byte[]> wrappedKey(CaseReference caseReference) {
    List<byte[]> keys =
        jdbc.queryForList(
            "select wrapped_key from case_keys.case_key where case_reference = ?",
            byte[].class,
            caseReference.value());
    return keys.stream().findFirst();
  }

  @Override
  public void storeIfAbsent(CaseReference caseReference, byte[] wrappedKey) {
    jdbc.update(
        "insert into case_keys.case_key (case_reference, wrapped_key) values (?, ?)"
            + " on conflict (case_reference) do nothing",
        caseReference.value(),
        wrappedKey);
  }

  @Override
  public Optional<byte[]> wrappedMacKey(CaseReference caseReference) {
    List<byte[]> keys =
        jdbc.queryForList(
            "select wrapped_mac_key from case_keys.case_key"
                + " where case_reference = ? and wrapped_mac_key is not null",
            byte[].class,
            caseReference.value());
    return keys.stream().findFirst();
  }

  @Override
  public void storeMacKeyIfAbsent(CaseReference caseReference, byte[] wrappedMacKey) {
    jdbc.update(
        "update case_keys.case_key set wrapped_mac_key = ?"
            + " where case_reference = ? and wrapped_mac_key is null",
        wrappedMacKey,
        caseReference.value());
  }

  @Override
  public boolean isErased(CaseReference caseReference) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists (select 1 from case_keys.erased_case where case_reference = ?)",
            Boolean.class,
            caseReference.value()));
  }

  @Override
  public void destroy(CaseReference caseReference) {
    // The MAC key lives in the same row: deleting it destroys both keys.
    jdbc.update("delete from case_keys.case_key where case_reference = ?", caseReference.value());
    jdbc.update(
        "insert into case_keys.erased_case (case_reference) values (?)"
            + " on conflict (case_reference) do nothing",
        caseReference.value());
  }
}
