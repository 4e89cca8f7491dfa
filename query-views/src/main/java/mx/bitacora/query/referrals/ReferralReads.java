package mx.bitacora.query.referrals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.accesslog.AccessLogProblem;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.history.HistoryEntry;
import org.springframework.stereotype.Service;

/**
 * Reads referrals for a caller and records every read and every refused attempt in the access log
 * before answering: the answer's case references and their agencies for a read, the referral aimed
 * at for a refusal. An entry that cannot be recorded fails the request, so no read goes unrecorded;
 * a refusal's entry commits on its own although the request then fails.
 */
@Service
class ReferralReads {

  static final String DETAIL_VIEW = "referral-detail";
  static final String LIST_VIEW = "referral-list";

  /** Whose case an onward referral's issue names, in its history summary. */
  private static final String CASE_AGENCY_FIELD = "caseIssuingAgency";

  private final ReferralsQueries queries;
  private final CaseAccessLog accessLog;

  ReferralReads(ReferralsQueries queries, CaseAccessLog accessLog) {
    this.queries = queries;
    this.accessLog = accessLog;
  }

  /**
   * One referral with its history. Outside the caller's scope it is {@code 404} exactly as an
   * unknown one, except that a commission auditor is told it needs a break-glass reason ({@code
   * 403}) and, given one, reads it.
   */
  ReferralDetail detail(ReferralId referralId, Optional<String> breakGlassReason, Actor actor) {
    ReferralVisibility visibility = ReferralVisibility.of(actor);
    Map<String, String> filter = Map.of("referralId", referralId.toString());
    if (!visibility.mayRead()) {
      refuse(actor, referralId, filter);
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    Optional<ReferralDetail> inScope =
        queries.answer(new FindReferralQuery(referralId, visibility));
    if (inScope.isPresent()) {
      accessLog.record(CaseAccess.allowed(actor, DETAIL_VIEW, cases(inScope.get()), filter));
      return shown(inScope.get(), visibility);
    }
    if (visibility.mayBreakGlass() && breakGlassReason.isPresent()) {
      Optional<ReferralDetail> beyond =
          queries.answer(new FindReferralQuery(referralId, visibility.breakingGlass()));
      if (beyond.isPresent()) {
        accessLog.record(
            CaseAccess.breakGlass(
                actor, DETAIL_VIEW, cases(beyond.get()), filter, breakGlassReason.get()));
        return shown(beyond.get(), visibility);
      }
    }
    Optional<ReferralParties> attempted = refuse(actor, referralId, filter);
    if (attempted.isPresent() && visibility.mayBreakGlass()) {
      throw new RejectedException(AccessLogProblem.BREAK_GLASS_REASON_REQUIRED, referralId);
    }
    throw new RejectedException(ReferralsProblem.REFERRAL_NOT_FOUND, referralId);
  }

  /** One page of the referrals in the caller's scope; never beyond it, not even for auditors. */
  ReferralsPage list(FindReferralsQuery query, Actor actor) {
    Map<String, String> filter = filterOf(query);
    if (!query.visibility().mayRead()) {
      accessLog.record(CaseAccess.refused(actor, LIST_VIEW, List.of(), filter));
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    ReferralsPage page = queries.answer(query);
    List<ReferralParties> reached = page.referrals().stream().map(ReferralParties::of).toList();
    accessLog.record(CaseAccess.allowed(actor, LIST_VIEW, cases(reached), filter));
    return new ReferralsPage(
        page.direction(),
        page.state(),
        page.urgency(),
        page.escalated(),
        page.from(),
        page.to(),
        page.recordedFrom(),
        page.recordedTo(),
        page.referrals().stream().map(query.visibility()::shown).toList(),
        page.page(),
        page.size(),
        page.totalElements(),
        page.totalPages());
  }

  /** Records a refused attempt at one referral, naming its case if it exists, and returns that. */
  private Optional<ReferralParties> refuse(
      Actor actor, ReferralId referralId, Map<String, String> filter) {
    Optional<ReferralParties> attempted = queries.partiesOf(referralId);
    List<ReferralParties> reached = attempted.stream().toList();
    accessLog.record(CaseAccess.refused(actor, DETAIL_VIEW, cases(reached), filter));
    return attempted;
  }

  private static ReferralDetail shown(ReferralDetail detail, ReferralVisibility visibility) {
    List<HistoryEntry> history = detail.history();
    if (!visibility.seesCaseAgency(detail.referral())) {
      history = history.stream().map(ReferralReads::withoutCaseAgency).toList();
    }
    return new ReferralDetail(visibility.shown(detail.referral()), history);
  }

  /** A history entry without whose case it is (the issue of an onward referral names it). */
  private static HistoryEntry withoutCaseAgency(HistoryEntry entry) {
    if (!(entry.summary() instanceof ObjectNode summary) || !summary.has(CASE_AGENCY_FIELD)) {
      return entry;
    }
    ObjectNode kept = summary.deepCopy();
    kept.remove(CASE_AGENCY_FIELD);
    return new HistoryEntry(
        entry.sequenceNumber(),
        entry.globalPosition(),
        entry.type(),
        kept,
        entry.recordedAt(),
        entry.actor(),
        entry.actorAgency(),
        entry.actorRoles(),
        entry.requestId(),
        entry.correlationId());
  }

  private static List<CaseReached> cases(ReferralDetail detail) {
    return cases(List.of(ReferralParties.of(detail.referral())));
  }

  /** Each referral's case with its issuing and receiving agencies, whose case it is. */
  private static List<CaseReached> cases(List<ReferralParties> referrals) {
    return referrals.stream()
        .map(
            referral ->
                new CaseReached(
                    referral.caseReference().value(), referral.caseAgency(), referral.agencies()))
        .toList();
  }

  /** The list request's parameters as given, with the paging that applied. */
  private static Map<String, String> filterOf(FindReferralsQuery query) {
    Map<String, String> filter = new LinkedHashMap<>();
    if (query.direction() != null) {
      filter.put("direction", query.direction().name());
    }
    if (query.state() != null) {
      filter.put("state", query.state().name());
    }
    if (query.urgency() != null) {
      filter.put("urgency", query.urgency().name());
    }
    if (query.escalated() != null) {
      filter.put("escalated", query.escalated().toString());
    }
    putIfPresent(filter, "from", query.from());
    putIfPresent(filter, "to", query.to());
    putIfPresent(filter, "recordedFrom", query.recordedFrom());
    putIfPresent(filter, "recordedTo", query.recordedTo());
    filter.put("page", Integer.toString(query.page()));
    filter.put("size", Integer.toString(query.size()));
    return filter;
  }

  private static void putIfPresent(Map<String, String> filter, String name, Object value) {
    if (value != null) {
      filter.put(name, value.toString());
    }
  }
}
