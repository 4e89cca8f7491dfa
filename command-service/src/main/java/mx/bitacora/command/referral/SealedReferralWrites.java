package mx.bitacora.command.referral;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.command.casekeys.AgencyCase;
import mx.bitacora.command.casekeys.CaseCipher;
import mx.bitacora.command.casekeys.VictimDetails;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.Consent;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.security.Actor;
import org.springframework.stereotype.Service;

/**
 * The referral commands that carry case data, sealed here with the case's key before any command
 * exists: the issue (the acting agency's own case), an amendment of the details, a case note (the
 * case the referral names), and an onward referral. For the latter, the first referral decides
 * whether its receiver may refer the person on ({@link AuthorizeOnwardCommand}); when the details
 * are carried on, they are opened with the case's key (a use recorded in the access log, like a
 * read) and sealed again for the onward referral only. Case notes are never carried: they are the
 * receiver's record.
 */
@Service
class SealedReferralWrites {

  static final String ONWARD_VIEW = "referral-onward";

  private static final Subject SUBJECT =
      new Subject(ReferralProblem.REFERRAL_NOT_FOUND, ReferralProblem.REFERRAL_ALREADY_RECORDED);

  private final CommandSender commands;
  private final CaseCipher cipher;
  private final CaseAccessLog accessLog;

  SealedReferralWrites(CommandSender commands, CaseCipher cipher, CaseAccessLog accessLog) {
    this.commands = commands;
    this.cipher = cipher;
    this.accessLog = accessLog;
  }

  /** A first referral of the acting agency's own case. */
  void issue(ReferralRequests.IssueReferral body, Actor actor) {
    // The case is the acting agency's: the same reference issued by another agency is another case.
    AgencyCase agencyCase = new AgencyCase(actor.agency(), body.caseReference());
    create(
        body.referralId(),
        agencyCase,
        actor,
        new Destination(
            body.receivingAgency(), body.receivingShelter(), body.service(), body.urgency()),
        body.consent().toConsent(),
        body.victimDetails(),
        null,
        body.issuedAt());
  }

  /** The issuer's new version of the details, bound to the amendment. */
  void amend(ReferralId referralId, ReferralRequests.AmendVictimDetails body, Actor actor) {
    EncryptedDetails sealed =
        cipher.seal(
            caseOf(referralId, actor),
            SealedPart.amendment(referralId, body.amendmentId()),
            body.victimDetails());
    commands.update(
        new AmendVictimDetailsCommand(referralId, actor.agency(), body.amendmentId(), sealed),
        SUBJECT,
        referralId);
  }

  /** The receiver's case note, bound to its id. */
  void addNote(ReferralId referralId, ReferralRequests.AddCaseNote body, Actor actor) {
    EncryptedDetails sealed =
        cipher.seal(
            caseOf(referralId, actor), SealedPart.note(referralId, body.noteId()), body.note());
    commands.update(
        new AddCaseNoteCommand(referralId, actor.agency(), body.noteId(), sealed),
        SUBJECT,
        referralId);
  }

  /** A new referral of the same case, from the receiver to a third agency. */
  void referOnward(ReferralId from, ReferralRequests.OnwardReferral body, Actor actor) {
    ReferralId onward = body.referralId();
    OnwardBasis basis =
        commands.ask(
            new AuthorizeOnwardCommand(from, actor.agency(), body.consent().toConsent()),
            SUBJECT,
            from,
            OnwardBasis.class);
    AgencyCase agencyCase = basis.agencyCase();
    VictimDetails carried = null;
    if (body.carryVictimDetails() && basis.sealedDetails() != null) {
      recordCarrying(from, onward, agencyCase, actor);
      carried =
          cipher.open(
              agencyCase.issuingAgency(),
              basis.detailsSealedFor(),
              basis.sealedDetails(),
              VictimDetails.class);
    }
    create(
        onward,
        agencyCase,
        actor,
        new Destination(
            body.receivingAgency(), body.receivingShelter(), body.service(), body.urgency()),
        body.consent().toConsent(),
        carried,
        from,
        null);
  }

  /**
   * Creates referral {@code id} of {@code agencyCase} from the acting agency, its details sealed
   * with the case's key; {@code onwardFrom} names the referral an onward one continues; {@code
   * issuedAt} is the issue's time as the agency states it (null: not stated).
   */
  private void create(
      ReferralId id,
      AgencyCase agencyCase,
      Actor actor,
      Destination to,
      Consent consent,
      VictimDetails details,
      ReferralId onwardFrom,
      Instant issuedAt) {
    commands.create(
        new IssueReferralCommand(
            id,
            actor.agency(),
            agencyCase.caseReference(),
            to.agency(),
            to.shelter(),
            to.service(),
            to.urgency(),
            consent,
            cipher.seal(agencyCase, id, details),
            // Stands for the details in the creation fingerprint: the ciphertext differs each time.
            cipher.digest(agencyCase, id, details),
            onwardFrom,
            onwardFrom == null ? null : agencyCase.issuingAgency(),
            issuedAt),
        SUBJECT,
        id);
  }

  /** Where a referral sends the person, and for what. */
  private record Destination(
      AgencyId agency, ShelterId shelter, ServiceRequested service, Urgency urgency) {}

  /** The referral's case, asked of the referral itself, for one of its parties only. */
  private AgencyCase caseOf(ReferralId referralId, Actor actor) {
    return commands
        .ask(
            new CaseOfReferralCommand(referralId, actor.agency()),
            SUBJECT,
            referralId,
            ReferralCase.class)
        .agencyCase();
  }

  /** Carrying the details on opens them: recorded, before they are opened, like a read. */
  private void recordCarrying(
      ReferralId from, ReferralId onward, AgencyCase agencyCase, Actor actor) {
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("referralId", from.toString());
    filter.put("onwardReferralId", onward.toString());
    accessLog.record(
        CaseAccess.allowed(
            actor,
            ONWARD_VIEW,
            List.of(
                new CaseReached(
                    agencyCase.caseReference().value(),
                    agencyCase.issuingAgency(),
                    List.of(agencyCase.issuingAgency(), actor.agency()))),
            filter));
  }
}
