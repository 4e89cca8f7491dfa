package mx.bitacora.query.referrals;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which referrals a caller may see, as a SQL condition, and how. Agency staff see the referrals
 * their agency issued or receives. Commission auditors normally see escalated referrals and those
 * their own agency is party to; beyond that only by breaking the glass, with a reason, one referral
 * at a time. Compliance reviewers see every referral, never its case reference. The receiver of an
 * onward referral is not told which agency began the case. Anyone else (a platform administrator)
 * sees none. A caller with several roles reads as the first of auditor, reviewer and staff they
 * hold.
 */
record ReferralVisibility(Reader reader, AgencyId agency, boolean glassBroken) {

  /** The kind of reader a caller is, which decides their scope. */
  enum Reader {
    AGENCY_STAFF,
    COMMISSION_AUDITOR,
    COMPLIANCE_REVIEWER,
    /** No role that reads referrals: refused. */
    NONE
  }

  static ReferralVisibility of(Actor actor) {
    Reader reader =
        actor.has(Role.COMMISSION_AUDITOR)
            ? Reader.COMMISSION_AUDITOR
            : actor.has(Role.COMPLIANCE_REVIEWER)
                ? Reader.COMPLIANCE_REVIEWER
                : actor.has(Role.AGENCY_STAFF) ? Reader.AGENCY_STAFF : Reader.NONE;
    return new ReferralVisibility(reader, actor.agency(), false);
  }

  boolean mayRead() {
    return reader != Reader.NONE;
  }

  /** Whether a referral outside the normal scope may be opened with a reason (auditors only). */
  boolean mayBreakGlass() {
    return reader == Reader.COMMISSION_AUDITOR && !glassBroken;
  }

  /** The same auditor, for one referral outside their normal scope, with a reason given. */
  ReferralVisibility breakingGlass() {
    if (!mayBreakGlass()) {
      throw new IllegalStateException("only a commission auditor breaks the glass");
    }
    return new ReferralVisibility(reader, agency, true);
  }

  /** The condition on {@code referral} aliased {@code r}, always ANDed to the query. */
  String condition() {
    return switch (reader) {
      case AGENCY_STAFF -> OWN_AGENCY_IS_PARTY;
      case COMMISSION_AUDITOR ->
          glassBroken ? "TRUE" : "(r.escalated_at IS NOT NULL OR " + OWN_AGENCY_IS_PARTY + ")";
      case COMPLIANCE_REVIEWER -> "TRUE";
      case NONE -> "FALSE";
    };
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return parameters.addValue("visibleToAgency", agency.value());
  }

  /**
   * What the caller reads of {@code referral}: all of it; for reviewers, no case reference; for the
   * staff of an onward referral's receiver, not whose case it is ({@link #seesCaseAgency}).
   */
  ReferralSummary shown(ReferralSummary referral) {
    if (reader == Reader.COMPLIANCE_REVIEWER) {
      return referral.withoutCaseReference();
    }
    return seesCaseAgency(referral) ? referral : referral.withoutCaseAgency();
  }

  /**
   * Whether the caller is told which agency began the case of {@code referral}: not the staff of
   * the agency an onward referral goes to, who see the chain only for their own part (the agency
   * that referred the person on to them, and the referral it continues by id alone).
   */
  boolean seesCaseAgency(ReferralSummary referral) {
    return !(reader == Reader.AGENCY_STAFF
        && referral.onwardFrom() != null
        && agency.equals(referral.receivingAgency())
        && !agency.equals(referral.issuingAgency()));
  }

  private static final String OWN_AGENCY_IS_PARTY =
      "(r.issuing_agency = :visibleToAgency OR r.receiving_agency = :visibleToAgency)";
}
