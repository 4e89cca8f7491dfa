package mx.bitacora.command.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.bitacora.command.casekeys.CaseNote;
import mx.bitacora.command.casekeys.VictimDetails;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.ConsentScope;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;

/** The JSON bodies of the referral endpoints, validated before any command is sent. */
final class ReferralRequests {

  private ReferralRequests() {}

  /**
   * Body of {@code POST /referrals}; {@code victimDetails} is sealed before it goes further. {@code
   * issuedAt}: when the referral was made in the world, as the agency states it (absent: the record
   * time stands in for it).
   */
  record IssueReferral(
      @NotNull ReferralId referralId,
      @NotNull CaseReference caseReference,
      @NotNull AgencyId receivingAgency,
      ShelterId receivingShelter,
      @NotNull ServiceRequested service,
      @NotNull Urgency urgency,
      @NotNull @Valid ConsentGiven consent,
      @Valid VictimDetails victimDetails,
      Instant issuedAt) {}

  /**
   * The victim's consent to share with this receiver: when it was given, its scope, and its last
   * day ({@code expiresOn}; absent: until withdrawn).
   */
  record ConsentGiven(
      @NotNull @PastOrPresent LocalDate givenOn,
      @NotNull ConsentScope scope,
      @FutureOrPresent LocalDate expiresOn) {

    Consent toConsent() {
      return new Consent(givenOn, scope, expiresOn);
    }
  }

  /**
   * Body of {@code POST /referrals/{id}/consent/narrowing}: the consent as the victim narrowed it,
   * on {@code givenOn}.
   */
  record NarrowConsent(@NotNull @Valid ConsentGiven consent) {}

  /** Body of {@code POST /referrals/{id}/consent/withdrawal}: the day the victim withdrew it. */
  record WithdrawConsent(@NotNull @PastOrPresent LocalDate withdrawnOn) {}

  /**
   * Body of {@code POST /referrals/{id}/decline}: a process reason code, no free text; {@code
   * answeredAt}, when the agency answered in the world (absent: the record time).
   */
  record Decline(@NotNull DeclineReason reason, Instant answeredAt) {}

  /**
   * Optional body of {@code POST /referrals/{id}/accept}: when the agency accepted in the world
   * (absent: the record time).
   */
  record Accept(Instant answeredAt) {}

  /** Body of {@code POST /referrals/{id}/close}: outcome and a process reason code. */
  record Close(@NotNull ReferralOutcome outcome, @NotNull ClosureReason reason) {}

  /**
   * Body of {@code POST /referrals/{id}/voided-facts}: the sequence number of the acceptance,
   * decline or withdrawal to void, and the reason.
   */
  record VoidStep(
      @NotNull @PositiveOrZero Long originalSequenceNumber,
      @NotBlank @Size(max = 1000) String reason) {}

  /**
   * Body of {@code POST /referrals/{id}/victim-details/amendments}: the client-chosen id of the
   * amendment and the details that replace the standing ones (sealed before they go further).
   */
  record AmendVictimDetails(
      @NotNull UUID amendmentId, @NotNull @Valid VictimDetails victimDetails) {}

  /** Body of {@code POST /referrals/{id}/case-notes}: the client-chosen note id and the note. */
  record AddCaseNote(@NotNull UUID noteId, @NotNull @Valid CaseNote note) {}

  /**
   * Body of {@code POST /referrals/{id}/onward}: the onward referral (its client-chosen id, the
   * third agency, service, urgency), the consent the victim gave for it (reaching no further than
   * the standing one) and whether the victim details are carried on.
   */
  record OnwardReferral(
      @NotNull ReferralId referralId,
      @NotNull AgencyId receivingAgency,
      ShelterId receivingShelter,
      @NotNull ServiceRequested service,
      @NotNull Urgency urgency,
      @NotNull @Valid ConsentGiven consent,
      boolean carryVictimDetails) {}

  /** What a referral command answers: the referral it acted on. */
  record Accepted(ReferralId referralId) {}

  /**
   * What issuing a referral (first or onward) answers: the referral, and what the issuer should
   * know though the referral was recorded (empty when nothing), such as a receiving shelter with no
   * free place.
   */
  record Issued(ReferralId referralId, List<IssueWarning> warnings) {}

  /** Something the issuer should know: a stable code and a text in the request's language. */
  record IssueWarning(ReferralWarning code, String detail) {}
}
