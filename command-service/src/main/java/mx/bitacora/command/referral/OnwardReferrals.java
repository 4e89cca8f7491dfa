package mx.bitacora.command.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.command.casekeys.AgencyCase;
import mx.bitacora.command.casekeys.CaseCipher;
import mx.bitacora.command.casekeys.VictimDetails;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.events.referral.EncryptedDetails;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Refers a person on: the receiver of a referral issues a new one, of the same case, to a third
 * agency. The first referral decides whether it may ({@link AuthorizeOnwardCommand}); when the
 * receiver carries the victim details on, they are opened with the case's key (a use recorded in
 * the access log, like a read) and sealed again for the onward referral only. Case notes are never
 * carried: they are the receiver's record.
 */
@Service
class OnwardReferrals {

  static final String VIEW = "referral-onward";

  private final CommandSender commands;
  private final CaseCipher cipher;
  private final CaseAccessLog accessLog;

  OnwardReferrals(CommandSender commands, CaseCipher cipher, CaseAccessLog accessLog) {
    this.commands = commands;
    this.cipher = cipher;
    this.accessLog = accessLog;
  }

  void referOnward(
      ReferralId from, ReferralRequests.OnwardReferral body, Subject subject, Actor actor) {
    ReferralId onward = body.referralId();
    OnwardBasis basis =
        commands.ask(
            new AuthorizeOnwardCommand(from, actor.agency(), body.consent().toConsent()),
            subject,
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
    EncryptedDetails sealed = cipher.seal(agencyCase, onward, carried);
    commands.create(
        new IssueReferralCommand(
            onward,
            actor.agency(),
            agencyCase.caseReference(),
            body.receivingAgency(),
            body.receivingShelter(),
            body.service(),
            body.urgency(),
            body.consent().toConsent(),
            sealed,
            cipher.digest(agencyCase, onward, carried),
            from,
            agencyCase.issuingAgency()),
        subject,
        onward);
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
            VIEW,
            List.of(
                new CaseReached(
                    agencyCase.caseReference().value(),
                    agencyCase.issuingAgency(),
                    List.of(agencyCase.issuingAgency(), actor.agency()))),
            filter));
  }
}
