package mx.bitacora.platform.accesslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.request.RequestId;
import mx.bitacora.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends each access to {@code integrity.access_log} in a transaction of its own, through {@code
 * integrity.append_access} (V18__access_log_append_function.sql), which extends the log's hash
 * chain under an advisory lock: the entry takes the next position and {@code
 * SHA-256("bitacora-access-v1" ‖ previous hash ‖ position ‖ entry as text)}. Both services record
 * through it; neither needs to read the log to write it.
 */
public class JdbcCaseAccessLog implements CaseAccessLog {

  private static final Logger log = LoggerFactory.getLogger(JdbcCaseAccessLog.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final ObjectMapper json;
  private final Clock clock;

  public JdbcCaseAccessLog(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void record(CaseAccess access) {
    String entry = entryOf(access, clock.instant());
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.queryForObject("SELECT integrity.append_access(?::jsonb)", Long.class, entry));
    } catch (DataAccessException | TransactionException notRecorded) {
      // PostgreSQL's message may quote the entry, and with it case references: not logged.
      log.warn(
          "A read of case data could not be recorded in the access log and was refused ({})",
          notRecorded.getClass().getSimpleName());
      throw new RejectedException(AccessLogProblem.ACCESS_NOT_RECORDED);
    }
  }

  private String entryOf(CaseAccess access, Instant accessedAt) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("accessedAt", accessedAt.toString());
    entry.put("accessedAtMillis", accessedAt.toEpochMilli());
    entry.put("actor", access.actor().userId());
    entry.put("actorAgency", access.actor().agency().value());
    entry.put("roles", access.actor().roles().stream().map(Role::name).sorted().toList());
    entry.put("requestId", RequestId.current().orElse(null));
    entry.put("view", access.view());
    // Per case, whose it is: an agency is shown only its own cases of an entry (CaseAccessQueries).
    entry.put(
        "cases",
        access.cases().stream()
            .map(
                reached ->
                    Map.of(
                        "caseReference",
                        reached.caseReference(),
                        // A reference names a case only with its issuing agency.
                        "issuingAgency",
                        reached.issuingAgency().value(),
                        "owningAgencies",
                        reached.owningAgencies().stream().map(AgencyId::value).toList()))
            .toList());
    entry.put(
        "concernedAgencies", access.concernedAgencies().stream().map(AgencyId::value).toList());
    // Flattened for the indexes the commission's filters use.
    entry.put("caseReferences", access.caseReferences());
    entry.put("owningAgencies", access.owningAgencies().stream().map(AgencyId::value).toList());
    entry.put("filter", access.filter());
    entry.put("allowed", access.allowed());
    entry.put("breakGlass", access.isBreakGlass());
    entry.put("breakGlassReason", access.breakGlassReason());
    try {
      return json.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an access entry is plain data", e);
    }
  }
}
