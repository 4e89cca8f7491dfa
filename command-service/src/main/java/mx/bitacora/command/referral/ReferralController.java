package mx.bitacora.command.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.command.time.BusinessTime;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records referrals of victims between agencies. Agency staff act for the agency named in their
 * token; what carries case data is sealed with the case's key ({@link SealedReferralWrites}) before
 * any command exists.
 */
@RestController
@RequestMapping("/referrals")
@PreAuthorize("hasRole('AGENCY_STAFF')")
@Tag(name = "Referrals", description = "Referrals (canalizaciones) of victims between agencies")
@Problem(
    status = 403,
    codes = {
      "ACTING_AGENCY_NOT_ACTIVE",
      "CONSENT_EXPIRED",
      "CONSENT_WITHDRAWN",
      "NOT_THE_REFERRAL_ISSUER",
      "NOT_THE_REFERRAL_RECEIVER"
    })
@Problem(
    status = 404,
    codes = {"REFERRAL_NOT_FOUND", "SHELTER_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {
      "REFERRAL_ALREADY_RECORDED",
      "CASE_ERASED",
      "AMENDMENT_ALREADY_RECORDED",
      "CASE_NOTE_ALREADY_RECORDED",
      "CLOSURE_REASON_CONTRADICTS_OUTCOME",
      "CONSENT_ALREADY_WITHDRAWN",
      "CONSENT_NOT_NARROWER",
      "CORRECTION_WITHOUT_REASON",
      "DETAILS_OF_ANOTHER_CASE",
      "FACT_ALREADY_VOIDED",
      "FACT_NOT_CORRECTABLE",
      "ONWARD_CONSENT_WIDER",
      "ORIGINAL_FACT_NOT_FOUND",
      "REFERRAL_ALREADY_ACCEPTED",
      "REFERRAL_ALREADY_CLOSED",
      "REFERRAL_DECLINED",
      "REFERRAL_NOT_ACCEPTED",
      "REFERRAL_SHELTER_CLOSED",
      "REFERRAL_SHELTER_NOT_OF_RECEIVER",
      "REFERRAL_SHELTER_NOT_REGISTERED",
      "REFERRAL_TO_OWN_AGENCY",
      "REFERRAL_WITHDRAWN",
      "REFERRAL_WITHOUT_CONSENT",
      "CONCURRENT_UPDATE"
    })
@Problem(
    status = 422,
    codes = {"AGENCY_NOT_ACTIVE", "BUSINESS_DATE_IN_FUTURE", "BUSINESS_DATE_TOO_OLD"})
@Problem(
    status = 503,
    codes = {"ACCESS_NOT_RECORDED"})
class ReferralController {

  private static final Subject SUBJECT =
      new Subject(ReferralProblem.REFERRAL_NOT_FOUND, ReferralProblem.REFERRAL_ALREADY_RECORDED);

  private final CommandSender commands;
  private final SealedReferralWrites sealedWrites;
  private final BusinessTime businessTime;
  private final IssuedReferrals issued;

  ReferralController(
      CommandSender commands,
      SealedReferralWrites sealedWrites,
      BusinessTime businessTime,
      IssuedReferrals issued) {
    this.commands = commands;
    this.sealedWrites = sealedWrites;
    this.businessTime = businessTime;
    this.issued = issued;
  }

  @PostMapping
  @SuccessStatus(201)
  @Operation(
      summary =
          "Issue a referral for a case (the client chooses its UUID). A receiving shelter must be"
              + " registered, open and operated by the receiving agency; one with no free place"
              + " still receives the referral, answered with the warning RECEIVING_SHELTER_FULL")
  ResponseEntity<ReferralRequests.Issued> issue(
      @Valid @RequestBody ReferralRequests.IssueReferral body, Actor actor) {
    businessTime.happenedAt(body.issuedAt());
    sealedWrites.issue(body, actor);
    return ResponseEntity.created(URI.create("/referrals/" + body.referralId()))
        .body(issued.answer(body.referralId()));
  }

  @PostMapping("/{referralId}/accept")
  @Operation(summary = "Accept the referral (receiving agency only)")
  ReferralRequests.Accepted accept(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody(required = false) ReferralRequests.Accept body,
      Actor actor) {
    Instant answeredAt = body == null ? null : body.answeredAt();
    businessTime.happenedAt(answeredAt);
    commands.update(
        new AcceptReferralCommand(referralId, actor.agency(), answeredAt), SUBJECT, referralId);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/decline")
  @Operation(summary = "Decline the referral with a reason code (receiving agency only)")
  ReferralRequests.Accepted decline(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.Decline body,
      Actor actor) {
    businessTime.happenedAt(body.answeredAt());
    commands.update(
        new DeclineReferralCommand(referralId, actor.agency(), body.reason(), body.answeredAt()),
        SUBJECT,
        referralId);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/withdraw")
  @Operation(summary = "Withdraw the referral before it is answered (issuing agency only)")
  ReferralRequests.Accepted withdraw(@PathVariable ReferralId referralId, Actor actor) {
    commands.update(new WithdrawReferralCommand(referralId, actor.agency()), SUBJECT, referralId);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/onward")
  @SuccessStatus(201)
  @Operation(
      summary =
          "Refer the person on to a third agency: a new referral of the same case, linked to this"
              + " one, under a consent no wider (receiving agency only, once it accepted); a"
              + " receiving shelter with no free place is answered with a warning, as for an issue")
  ResponseEntity<ReferralRequests.Issued> referOnward(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.OnwardReferral body,
      Actor actor) {
    sealedWrites.referOnward(referralId, body, actor);
    return ResponseEntity.created(URI.create("/referrals/" + body.referralId()))
        .body(issued.answer(body.referralId()));
  }

  @PostMapping("/{referralId}/victim-details/amendments")
  @Operation(
      summary =
          "Amend the victim details: a new sealed version replaces the standing one for every"
              + " reader; earlier versions stay in the log, sealed (issuing agency only)")
  ReferralRequests.Accepted amendVictimDetails(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.AmendVictimDetails body,
      Actor actor) {
    sealedWrites.amend(referralId, body, actor);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/case-notes")
  @Operation(
      summary =
          "Add a sealed case note: care given, next steps (receiving agency only, once it accepted"
              + " the referral and while the consent holds)")
  ReferralRequests.Accepted addCaseNote(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.AddCaseNote body,
      Actor actor) {
    sealedWrites.addNote(referralId, body, actor);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/consent/narrowing")
  @Operation(
      summary =
          "Record that the victim narrowed their consent: a narrower scope or an earlier last day"
              + " (issuing agency only)")
  ReferralRequests.Accepted narrowConsent(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.NarrowConsent body,
      Actor actor) {
    commands.update(
        new NarrowConsentCommand(referralId, actor.agency(), body.consent().toConsent()),
        SUBJECT,
        referralId);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/consent/withdrawal")
  @Operation(
      summary =
          "Record that the victim withdrew their consent: the receiver may no longer read the"
              + " case's details (issuing agency only)")
  ReferralRequests.Accepted withdrawConsent(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.WithdrawConsent body,
      Actor actor) {
    commands.update(
        new WithdrawConsentCommand(referralId, actor.agency(), body.withdrawnOn()),
        SUBJECT,
        referralId);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/close")
  @Operation(summary = "Close an accepted referral with its outcome (receiving agency only)")
  ReferralRequests.Accepted close(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.Close body,
      Actor actor) {
    commands.update(
        new CloseReferralCommand(referralId, actor.agency(), body.outcome(), body.reason()),
        SUBJECT,
        referralId);
    return new ReferralRequests.Accepted(referralId);
  }

  @PostMapping("/{referralId}/voided-facts")
  @Operation(
      summary =
          "Void the current acceptance or decline (receiving agency) or withdrawal (issuing"
              + " agency), named by its sequence number; the referral awaits an answer again")
  ReferralRequests.Accepted voidStep(
      @PathVariable ReferralId referralId,
      @Valid @RequestBody ReferralRequests.VoidStep body,
      Actor actor) {
    commands.update(
        new VoidReferralStepCommand(
            referralId, actor.agency(), body.originalSequenceNumber(), body.reason()),
        SUBJECT,
        referralId);
    return new ReferralRequests.Accepted(referralId);
  }
}
