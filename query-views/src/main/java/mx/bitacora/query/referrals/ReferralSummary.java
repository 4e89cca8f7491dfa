package mx.bitacora.query.referrals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;

/**
 * A referral as a list shows it: whose case it is ({@code caseAgency}: the issuer's own, or for an
 * onward referral the first referral's issuer's), the referral it continues ({@code onwardFrom}),
 * its parties, service, urgency and the consent that stands (with the day it was withdrawn, if it
 * was), how many times the victim details were amended and how many case notes were added (counts
 * only: what they say is sealed), where it stands, and its timeliness ({@code issuedAt}, {@code
 * answeredAt}, {@code escalatedAt} and {@code updatedAt} are record times; {@code statedIssuedAt}
 * and {@code statedAnsweredAt} the business times the agencies stated, null when not stated, {@code
 * businessTimeStated} whether the was; {@code recordedLate} when the issue or the answer
 * was recorded more than {@code bitacora.business-time.late-after} after its stated time; {@code
 * timeToAnswer} runs from the issue to the standing answer, between the stated times when both are,
 * the record times otherwise). {@code caseReference} is left out of the JSON altogether for
 * compliance reviewers, who never see victim-identifying data; {@code caseAgency} for the receiver
 * of an onward referral, who is not told which agency began the case. Victim details are never part
 * of the read model.
 */
public record ReferralSummary(
    ReferralId referralId,
    @JsonInclude(JsonInclude.Include.NON_NULL) CaseReference caseReference,
    @JsonInclude(JsonInclude.Include.NON_NULL) AgencyId caseAgency,
    ReferralId onwardFrom,
    AgencyId issuingAgency,
    AgencyId receivingAgency,
    ShelterId receivingShelter,
    ServiceRequested service,
    Urgency urgency,
    Consent consent,
    LocalDate consentWithdrawnOn,
    int detailsAmendments,
    int caseNotes,
    ReferralState state,
    DeclineReason declineReason,
    ReferralOutcome closureOutcome,
    ClosureReason closureReason,
    Instant issuedAt,
    Instant answeredAt,
    Instant statedIssuedAt,
    Instant statedAnsweredAt,
    boolean businessTimeStated,
    boolean recordedLate,
    Duration timeToAnswer,
    boolean escalated,
    Instant escalatedAt,
    boolean caseErased,
    Instant updatedAt) {

  /** The same referral without its case reference, as compliance reviewers read it. */
  ReferralSummary withoutCaseReference() {
    return withCase(null, caseAgency);
  }

  /**
   * The same referral without whose case it is, as the receiver of an onward referral reads it:
   * each party sees the chain only for its own part, never which agency began the case.
   */
  ReferralSummary withoutCaseAgency() {
    return withCase(caseReference, null);
  }

  private ReferralSummary withCase(CaseReference shownReference, AgencyId shownAgency) {
    return new ReferralSummary(
        referralId,
        shownReference,
        shownAgency,
        onwardFrom,
        issuingAgency,
        receivingAgency,
        receivingShelter,
        service,
        urgency,
        consent,
        consentWithdrawnOn,
        detailsAmendments,
        caseNotes,
        state,
        declineReason,
        closureOutcome,
        closureReason,
        issuedAt,
        answeredAt,
        statedIssuedAt,
        statedAnsweredAt,
        businessTimeStated,
        recordedLate,
        timeToAnswer,
        escalated,
        escalatedAt,
        caseErased,
        updatedAt);
  }
}
