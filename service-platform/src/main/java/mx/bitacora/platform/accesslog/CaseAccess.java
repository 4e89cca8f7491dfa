package mx.bitacora.platform.accesslog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Actor;

/**
 * One read of case data, or one refused attempt, as the access log records it: who ({@code actor}:
 * user, agency, roles), which view, which cases the answer held (or the attempt aimed at) with the
 * agencies each belongs to, other agencies the access concerns (an export of an agency's audit
 * trail), the query's parameters, whether it was allowed, and, for a commission auditor opening a
 * case outside their normal scope, the reason they gave (break-glass). The time and request id are
 * added when it is recorded.
 */
public record CaseAccess(
    Actor actor,
    String view,
    List<CaseReached> cases,
    List<AgencyId> concernedAgencies,
    Map<String, String> filter,
    boolean allowed,
    String breakGlassReason) {

  public CaseAccess {
    cases = List.copyOf(cases);
    concernedAgencies = List.copyOf(concernedAgencies);
    filter = Map.copyOf(filter);
  }

  /** A read that was answered. */
  public static CaseAccess allowed(
      Actor actor, String view, List<CaseReached> cases, Map<String, String> filter) {
    return new CaseAccess(actor, view, cases, List.of(), filter, true, null);
  }

  /**
   * A read of no case that concerns some agencies (e.g. an export of their audit trail), allowed or
   * not; each of them sees it.
   */
  public static CaseAccess concerning(
      Actor actor,
      String view,
      List<AgencyId> agencies,
      Map<String, String> filter,
      boolean allowed) {
    return new CaseAccess(actor, view, List.of(), agencies, filter, allowed, null);
  }

  /** A read refused (not the caller's, no reason given for break-glass, wrong role). */
  public static CaseAccess refused(
      Actor actor, String view, List<CaseReached> cases, Map<String, String> filter) {
    return new CaseAccess(actor, view, cases, List.of(), filter, false, null);
  }

  /** A commission auditor's read outside their normal scope, with the reason they gave. */
  public static CaseAccess breakGlass(
      Actor actor,
      String view,
      List<CaseReached> cases,
      Map<String, String> filter,
      String reason) {
    return new CaseAccess(actor, view, cases, List.of(), filter, true, reason);
  }

  public boolean isBreakGlass() {
    return breakGlassReason != null;
  }

  /** Every case reference reached, each once. */
  public List<String> caseReferences() {
    return cases.stream().map(CaseReached::caseReference).distinct().toList();
  }

  /** Every agency owning a case reached or concerned, each once, in order of appearance. */
  public List<AgencyId> owningAgencies() {
    Set<AgencyId> agencies = new LinkedHashSet<>();
    cases.forEach(reached -> agencies.addAll(reached.owningAgencies()));
    agencies.addAll(concernedAgencies);
    return List.copyOf(agencies);
  }
}
