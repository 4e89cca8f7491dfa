package mx.bitacora.command.casekeys;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key table {@code case_keys.case_key} and its tombstones {@code case_keys.erased_case}, both
 * keyed by issuing agency and case reference. It joins the caller's transaction, so an erasure and
 * its event commit together.
 */
@Component
class JdbcCaseKeys implements CaseKeys {

  private final JdbcTemplate jdbc;

  JdbcCaseKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<byte[]> wrappedKey(AgencyCase agencyCase) {
    List<byte[]> keys =
        jdbc.queryForList(
            "select wrapped_key from case_keys.case_key"
                + " where issuing_agency = ? and case_reference = ?",
            byte[].class,
            agencyCase.issuingAgency().value(),
            agencyCase.caseReference().value());
    return keys.stream().findFirst();
  }

  @Override
  public boolean wrappedForReferenceOnly(AgencyCase agencyCase) {
    List<Boolean> bound =
        jdbc.queryForList(
            "select bound_to_agency from case_keys.case_key"
                + " where issuing_agency = ? and case_reference = ?",
            Boolean.class,
            agencyCase.issuingAgency().value(),
            agencyCase.caseReference().value());
    return bound.stream().findFirst().map(b -> !b).orElse(false);
  }

  @Override
  public void storeIfAbsent(AgencyCase agencyCase, byte[] wrappedKey) {
    jdbc.update(
        "insert into case_keys.case_key (issuing_agency, case_reference, wrapped_key)"
            + " values (?, ?, ?) on conflict (issuing_agency, case_reference) do nothing",
        agencyCase.issuingAgency().value(),
        agencyCase.caseReference().value(),
        wrappedKey);
  }

  @Override
  public Optional<byte[]> wrappedMacKey(AgencyCase agencyCase) {
    List<byte[]> keys =
        jdbc.queryForList(
            "select wrapped_mac_key from case_keys.case_key where issuing_agency = ?"
                + " and case_reference = ? and wrapped_mac_key is not null",
            byte[].class,
            agencyCase.issuingAgency().value(),
            agencyCase.caseReference().value());
    return keys.stream().findFirst();
  }

  @Override
  public void storeMacKeyIfAbsent(AgencyCase agencyCase, byte[] wrappedMacKey) {
    jdbc.update(
        "update case_keys.case_key set wrapped_mac_key = ? where issuing_agency = ?"
            + " and case_reference = ? and wrapped_mac_key is null",
        wrappedMacKey,
        agencyCase.issuingAgency().value(),
        agencyCase.caseReference().value());
  }

  @Override
  public boolean isErased(AgencyCase agencyCase) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists (select 1 from case_keys.erased_case"
                + " where issuing_agency = ? and case_reference = ?)",
            Boolean.class,
            agencyCase.issuingAgency().value(),
            agencyCase.caseReference().value()));
  }

  @Override
  public void destroy(AgencyCase agencyCase) {
    // The MAC key lives in the same row: deleting it destroys both keys.
    jdbc.update(
        "delete from case_keys.case_key where issuing_agency = ? and case_reference = ?",
        agencyCase.issuingAgency().value(),
        agencyCase.caseReference().value());
    jdbc.update(
        "insert into case_keys.erased_case (issuing_agency, case_reference) values (?, ?)"
            + " on conflict (issuing_agency, case_reference) do nothing",
        agencyCase.issuingAgency().value(),
        agencyCase.caseReference().value());
  }
}
