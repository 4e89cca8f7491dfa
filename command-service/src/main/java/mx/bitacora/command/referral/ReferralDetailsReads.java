package mx.bitacora.command.referral;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.bitacora.command.casekeys.CaseCipher;
import mx.bitacora.command.casekeys.CaseDataUnavailableException;
import mx.bitacora.command.casekeys.CaseNote;
import mx.bitacora.command.casekeys.CaseProblem;
import mx.bitacora.command.casekeys.VictimDetails;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CasePurpose;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.accesslog.AccessLogProblem;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Opens a referral's sealed parts (its victim details, its case notes) for one reader and one
 * purpose. The referral decides who may ({@link ReleaseDetailsCommand}); every read, and every
 * refused attempt, is recorded in the access log before the answer, naming the purpose; only then
 * is anything decrypted. An entry that cannot be recorded fails the request, so no read goes
 * unrecorded. A party's read of an onward referral also needs the consent of every referral it
 * continues to hold: the victim gave it (and may withdraw it) for the case.
 */
@Service
class ReferralDetailsReads {

  static final String DETAILS_VIEW = "referral-victim-details";
  static final String NOTES_VIEW = "referral-case-notes";

  private final CommandGateway commands;
  private final CaseCipher cipher;
  private final CaseAccessLog accessLog;

  ReferralDetailsReads(CommandGateway commands, CaseCipher cipher, CaseAccessLog accessLog) {
    this.commands = commands;
    this.cipher = cipher;
    this.accessLog = accessLog;
  }

  /**
   * The standing victim details, for the referral's parties within their rights and for a
   * commission auditor who gives a reason (break-glass). Anyone else gets {@code 404} as for an
   * unknown referral, except that an auditor without a reason is told one is required ({@code
   * 403}); other roles {@code 403}. After the case was erased, {@code 410}.
   */
  OpenedDetails victimDetails(
      ReferralId referralId, CasePurpose purpose, Optional<String> breakGlassReason, Actor actor) {
    DetailsRelease release =
        released(referralId, purpose, SealedPart.VICTIM_DETAILS, breakGlassReason, actor);
    VictimDetails details =
        release.sealedDetails() == null
            ? null
            : opened(
                release, release.detailsSealedFor(), release.sealedDetails(), VictimDetails.class);
    return new OpenedDetails(referralId, purpose, release.amendments(), details);
  }

  /** The case notes, in the order added, by the same rules and records as the details. */
  OpenedNotes caseNotes(
      ReferralId referralId, CasePurpose purpose, Optional<String> breakGlassReason, Actor actor) {
    DetailsRelease release =
        released(referralId, purpose, SealedPart.CASE_NOTES, breakGlassReason, actor);
    List<OpenedNote> notes =
        release.notes().stream()
            .map(
                kept -> {
                  CaseNote note =
                      opened(
                          release,
                          SealedPart.note(referralId, kept.noteId()),
                          kept.note(),
                          CaseNote.class);
                  return new OpenedNote(
                      kept.noteId(),
                      kept.author(),
                      kept.addedAt(),
                      note.careGiven(),
                      note.nextSteps());
                })
            .toList();
    return new OpenedNotes(referralId, purpose, notes);
  }

  /** The referral's decision, recorded in the access log; refused, it is thrown as a problem. */
  private DetailsRelease released(
      ReferralId referralId,
      CasePurpose purpose,
      SealedPart part,
      Optional<String> breakGlassReason,
      Actor actor) {
    String view = part == SealedPart.VICTIM_DETAILS ? DETAILS_VIEW : NOTES_VIEW;
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("referralId", referralId.toString());
    filter.put("purpose", purpose.name());
    boolean auditor = actor.has(Role.COMMISSION_AUDITOR);
    if (!actor.has(Role.AGENCY_STAFF) && !auditor) {
      accessLog.record(CaseAccess.refused(actor, view, List.of(), filter));
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    boolean breakGlass = auditor && breakGlassReason.isPresent();
    DetailsRelease release;
    try {
      release =
          commands.sendAndWait(
              new ReleaseDetailsCommand(referralId, actor.agency(), purpose, breakGlass, part));
    } catch (AggregateNotFoundException unknown) {
      accessLog.record(CaseAccess.refused(actor, view, List.of(), filter));
      throw new RejectedException(ReferralProblem.REFERRAL_NOT_FOUND, referralId);
    }
    List<CaseReached> cases = List.of(caseOf(release));
    if (!release.granted()) {
      accessLog.record(CaseAccess.refused(actor, view, cases, filter));
      if (release.refusal() == ReferralProblem.REFERRAL_NOT_FOUND && auditor) {
        throw new RejectedException(AccessLogProblem.BREAK_GLASS_REASON_REQUIRED, referralId);
      }
      throw new RejectedException(release.refusal(), referralId);
    }
    boolean asParty = release.parties().contains(actor.agency());
    ReferralProblem caseConsentRefusal = asParty ? caseConsentRefusal(release.onwardFrom()) : null;
    if (caseConsentRefusal != null) {
      accessLog.record(CaseAccess.refused(actor, view, cases, filter));
      throw new RejectedException(caseConsentRefusal, referralId);
    }
    if (cipher.isErased(release.agencyCase())) {
      accessLog.record(CaseAccess.refused(actor, view, cases, filter));
      throw new RejectedException(CaseProblem.CASE_DATA_ERASED, referralId);
    }
    accessLog.record(
        asParty
            ? CaseAccess.allowed(actor, view, cases, filter)
            : CaseAccess.breakGlass(actor, view, cases, filter, breakGlassReason.orElseThrow()));
    return release;
  }

  /**
   * Why the consent of a referral an onward one continues (and of those it continues in turn) no
   * longer allows reading the case; null when every one holds, or for a first referral ({@code
   * from} null). The victim's consent is for the case: withdrawn or expired with the first
   * referral, it no longer covers the onward one either.
   */
  private ReferralProblem caseConsentRefusal(ReferralId from) {
    ReferralId earlier = from;
    while (earlier != null) {
      CaseConsent consent = commands.sendAndWait(new CheckCaseConsentCommand(earlier));
      if (consent.refusal() != null) {
        return consent.refusal();
      }
      earlier = consent.onwardFrom();
    }
    return null;
  }

  private <T> T opened(
      DetailsRelease release, String sealedFor, EncryptedDetails sealed, Class<T> type) {
    try {
      return cipher.open(release.agencyCase().issuingAgency(), sealedFor, sealed, type);
    } catch (CaseDataUnavailableException erasedMeanwhile) {
      // The key was destroyed between the check and the opening: the read stays recorded.
      throw new RejectedException(CaseProblem.CASE_DATA_ERASED, release.referralId());
    }
  }

  private static CaseReached caseOf(DetailsRelease release) {
    // A reference names a case only with the agency whose case it is.
    return new CaseReached(
        release.agencyCase().caseReference().value(),
        release.agencyCase().issuingAgency(),
        release.parties());
  }

  /**
   * What a read of the details answers: the referral, the purpose it was read for, how many times
   * the issuer amended the details, and the standing details opened (null when none were given).
   */
  record OpenedDetails(
      ReferralId referralId, CasePurpose purpose, int amendments, VictimDetails victimDetails) {}

  /** What a read of the case notes answers. */
  record OpenedNotes(ReferralId referralId, CasePurpose purpose, List<OpenedNote> notes) {}

  /** One case note opened: who wrote it, when it was recorded, what it says. */
  record OpenedNote(
      UUID noteId, AgencyId author, Instant addedAt, String careGiven, String nextSteps) {}
}
