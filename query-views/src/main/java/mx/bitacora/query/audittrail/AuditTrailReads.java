package mx.bitacora.query.audittrail;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail for commission auditors and compliance reviewers, and refuses everyone
 * else. The trail holds no victim datum, so both read all of it. Every export, and every refused
 * export, is recorded in the access log before the first byte is sent (an export takes the whole
 * record away); an export whose entry cannot be written does not start.
 */
@Service
class AuditTrailReads {

  static final String EXPORT_VIEW = "audit-trail-export";

  private final AuditTrailQueries queries;
  private final CaseAccessLog accessLog;

  AuditTrailReads(AuditTrailQueries queries, CaseAccessLog accessLog) {
    this.queries = queries;
    this.accessLog = accessLog;
  }

  AuditTrailPage page(AuditTrailFilter filter, long after, int limit, Actor actor) {
    if (!mayRead(actor)) {
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    return queries.page(filter, after, limit);
  }

  /**
   * Records the export (or its refusal) and returns it, to be written once the response is ready:
   * every matching event up to the horizon at the time it was recorded, which the entry names.
   */
  Export export(AuditTrailFilter filter, Actor actor) {
    Map<String, String> recorded = new LinkedHashMap<>(filter.asParameters());
    List<AgencyId> owners = filter.agency() == null ? List.of() : List.of(filter.agency());
    if (!mayRead(actor)) {
      accessLog.record(CaseAccess.concerning(actor, EXPORT_VIEW, owners, recorded, false));
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    long through = queries.horizon();
    recorded.put("throughPosition", Long.toString(through));
    accessLog.record(CaseAccess.concerning(actor, EXPORT_VIEW, owners, recorded, true));
    return (out, headings) -> {
      AuditTrailCsv csv = new AuditTrailCsv(out, headings);
      queries.export(filter, through, csv::write);
      csv.finish();
    };
  }

  /** Commission auditors and compliance reviewers; not agency staff or platform administrators. */
  private static boolean mayRead(Actor actor) {
    return actor.seesAllAgencies();
  }

  /** An export already recorded, written when asked to. */
  interface Export {
    void writeTo(Writer out, List<String> headings);
  }
}
