package mx.bitacora.query.referrals;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralEvent;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.query.live.AnnouncesChanges;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects referral events into each referral's state and history, and case erasures into the
 * erased cases. Runs in the processor's transaction, so its writes and the token update commit
 * together; every write is idempotent, so events applied again change nothing. The sealed victim
 * details of an issued referral, and the case reference, never enter a history summary.
 */
@Component
@ProcessingGroup(ProcessingGroups.REFERRALS)
@ProjectionTables({"referral", "referral_history", "referral_case_erasure"})
@AnnouncesChanges(view = "referral", changed = ReferralsProjection.CHANGED_REFERRAL)
class ReferralsProjection {

  static final String CHANGED_REFERRAL =
      "SELECT referral_id AS id, receiving_shelter AS shelter,"
          + " ARRAY[issuing_agency, receiving_agency] AS agencies"
          + " FROM referral WHERE referral_id::text = ?";

  private final ReferralTable referrals;
  private final ReferralHistoryTable history;

  ReferralsProjection(ReferralTable referrals, ReferralHistoryTable history) {
    this.referrals = referrals;
    this.history = history;
  }

  @EventHandler
  void on(ReferralIssuedEvent issued, RecordedEvent recorded) {
    referrals.recordIssued(issued, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("issuingAgency", issued.issuingAgency());
    summary.put("receivingAgency", issued.receivingAgency());
    summary.put("receivingShelter", issued.receivingShelter());
    summary.put("service", issued.service());
    summary.put("urgency", issued.urgency());
    summary.put("consent", issued.consent());
    history.append(issued.referralId(), typeOf(issued), summary, recorded);
  }

  @EventHandler
  void on(ReferralAcceptedEvent accepted, RecordedEvent recorded) {
    referrals.recordAccepted(accepted, recorded);
    history.append(accepted.referralId(), typeOf(accepted), Map.of(), recorded);
  }

  @EventHandler
  void on(ReferralDeclinedEvent declined, RecordedEvent recorded) {
    referrals.recordDeclined(declined, recorded);
    history.append(
        declined.referralId(), typeOf(declined), Map.of("reason", declined.reason()), recorded);
  }

  @EventHandler
  void on(ReferralWithdrawnEvent withdrawn, RecordedEvent recorded) {
    referrals.recordWithdrawn(withdrawn, recorded);
    history.append(withdrawn.referralId(), typeOf(withdrawn), Map.of(), recorded);
  }

  @EventHandler
  void on(ReferralClosedEvent closed, RecordedEvent recorded) {
    referrals.recordClosed(closed, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("outcome", closed.outcome());
    summary.put("reason", closed.reason());
    history.append(closed.referralId(), typeOf(closed), summary, recorded);
  }

  @EventHandler
  void on(ReferralEscalatedEvent escalated, RecordedEvent recorded) {
    referrals.recordEscalated(escalated, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("urgency", escalated.urgency());
    summary.put("limit", escalated.limit());
    summary.put("escalatedAt", escalated.escalatedAt());
    history.append(escalated.referralId(), typeOf(escalated), summary, recorded);
  }

  /** The kind of step the voiding names, as the event says, decides the undo. */
  @EventHandler
  void on(ReferralStepVoidedEvent voided, RecordedEvent recorded) {
    referrals.recordStepVoided(voided, recorded);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("original", voided.original());
    summary.put("originalKind", voided.originalKind());
    summary.put("reason", voided.reason());
    history.append(voided.referralId(), typeOf(voided), summary, recorded);
  }

  /**
   * Every referral of the erased agency's case reads as erased from now on (another agency's case
   * under the same reference does not); its events stay as recorded.
   */
  @EventHandler
  void on(CaseErasedEvent erased, RecordedEvent recorded) {
    referrals.recordCaseErased(erased, recorded);
  }

  /** The history's name for an event: its type's simple name, e.g. {@code ReferralIssuedEvent}. */
  private static String typeOf(ReferralEvent event) {
    return event.getClass().getSimpleName();
  }
}
