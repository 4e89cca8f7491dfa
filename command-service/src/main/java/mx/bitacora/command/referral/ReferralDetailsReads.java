package mx.bitacora.command.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.bitacora.command.casekeys.AgencyCase;
import mx.bitacora.command.casekeys.CaseCipher;
import mx.bitacora.command.casekeys.CaseDataUnavailableException;
import mx.bitacora.command.casekeys.CaseProblem;
import mx.bitacora.command.casekeys.VictimDetails;
import mx.bitacora.events.referral.CasePurpose;
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
 * Opens a referral's sealed victim details for one reader and one purpose. The referral decides who
 * may ({@link ReleaseDetailsCommand}); every read, and every refused attempt, is recorded in the
 * access log before the answer, naming the purpose; only then are the details decrypted. An entry
 * that cannot be recorded fails the request, so no read goes unrecorded.
 */
@Service
class ReferralDetailsReads {

  static final String VIEW = "referral-victim-details";

  private final CommandGateway commands;
  private final CaseCipher cipher;
  private final CaseAccessLog accessLog;

  ReferralDetailsReads(CommandGateway commands, CaseCipher cipher, CaseAccessLog accessLog) {
    this.commands = commands;
    this.cipher = cipher;
    this.accessLog = accessLog;
  }

  /**
   * The details, for the referral's parties within their rights and for a commission auditor who
   * gives a reason (break-glass). Anyone else gets {@code 404} as for an unknown referral, except
   * that an auditor without a reason is told one is required ({@code 403}); other roles {@code
   * 403}. After the case was erased, {@code 410}.
   */
  OpenedDetails read(
      ReferralId referralId, CasePurpose purpose, Optional<String> breakGlassReason, Actor actor) {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("referralId", referralId.toString());
    filter.put("purpose", purpose.name());
    boolean auditor = actor.has(Role.COMMISSION_AUDITOR);
    if (!actor.has(Role.AGENCY_STAFF) && !auditor) {
      accessLog.record(CaseAccess.refused(actor, VIEW, List.of(), filter));
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    boolean breakGlass = auditor && breakGlassReason.isPresent();
    DetailsRelease release = release(referralId, purpose, breakGlass, actor, filter);
    List<CaseReached> cases = List.of(caseOf(release));
    if (!release.granted()) {
      accessLog.record(CaseAccess.refused(actor, VIEW, cases, filter));
      if (release.refusal() == ReferralProblem.REFERRAL_NOT_FOUND && auditor) {
        throw new RejectedException(AccessLogProblem.BREAK_GLASS_REASON_REQUIRED, referralId);
      }
      throw new RejectedException(release.refusal(), referralId);
    }
    AgencyCase agencyCase = new AgencyCase(release.issuingAgency(), release.caseReference());
    if (cipher.isErased(agencyCase)) {
      accessLog.record(CaseAccess.refused(actor, VIEW, cases, filter));
      throw new RejectedException(CaseProblem.CASE_DATA_ERASED, referralId);
    }
    boolean asParty = release.parties().contains(actor.agency());
    accessLog.record(
        asParty
            ? CaseAccess.allowed(actor, VIEW, cases, filter)
            : CaseAccess.breakGlass(actor, VIEW, cases, filter, breakGlassReason.orElseThrow()));
    return new OpenedDetails(referralId, purpose, opened(release));
  }

  private DetailsRelease release(
      ReferralId referralId,
      CasePurpose purpose,
      boolean breakGlass,
      Actor actor,
      Map<String, String> filter) {
    try {
      return commands.sendAndWait(
          new ReleaseDetailsCommand(referralId, actor.agency(), purpose, breakGlass));
    } catch (AggregateNotFoundException unknown) {
      accessLog.record(CaseAccess.refused(actor, VIEW, List.of(), filter));
      throw new RejectedException(ReferralProblem.REFERRAL_NOT_FOUND, referralId);
    }
  }

  private VictimDetails opened(DetailsRelease release) {
    if (release.sealedDetails() == null) {
      return null;
    }
    try {
      return cipher.open(release.issuingAgency(), release.referralId(), release.sealedDetails());
    } catch (CaseDataUnavailableException erasedMeanwhile) {
      // The key was destroyed between the check and the opening: the read stays recorded.
      throw new RejectedException(CaseProblem.CASE_DATA_ERASED, release.referralId());
    }
  }

  private static CaseReached caseOf(DetailsRelease release) {
    return new CaseReached(
        release.caseReference().value(), release.issuingAgency(), release.parties());
  }

  /** What a read answers: the referral, the purpose it was read for, and the details opened. */
  record OpenedDetails(ReferralId referralId, CasePurpose purpose, VictimDetails victimDetails) {}
}
