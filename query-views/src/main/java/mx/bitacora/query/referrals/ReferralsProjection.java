package mx.bitacora.query.referrals;

import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.referral.CaseNoteAddedEvent;
import mx.bitacora.events.referral.ConsentNarrowedEvent;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.VictimDetailsAmendedEvent;
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
    history.append(issued, recorded);
  }

  @EventHandler
  void on(ReferralAcceptedEvent accepted, RecordedEvent recorded) {
    referrals.recordAccepted(accepted, recorded);
    history.append(accepted, recorded);
  }

  @EventHandler
  void on(ReferralDeclinedEvent declined, RecordedEvent recorded) {
    referrals.recordDeclined(declined, recorded);
    history.append(declined, recorded);
  }

  @EventHandler
  void on(ReferralWithdrawnEvent withdrawn, RecordedEvent recorded) {
    referrals.recordWithdrawn(withdrawn, recorded);
    history.append(withdrawn, recorded);
  }

  @EventHandler
  void on(ReferralClosedEvent closed, RecordedEvent recorded) {
    referrals.recordClosed(closed, recorded);
    history.append(closed, recorded);
  }

  @EventHandler
  void on(ReferralEscalatedEvent escalated, RecordedEvent recorded) {
    referrals.recordEscalated(escalated, recorded);
    history.append(escalated, recorded);
  }

  @EventHandler
  void on(ConsentNarrowedEvent narrowed, RecordedEvent recorded) {
    referrals.recordConsentNarrowed(narrowed, recorded);
    history.append(narrowed, recorded);
  }

  @EventHandler
  void on(ConsentWithdrawnEvent withdrawn, RecordedEvent recorded) {
    referrals.recordConsentWithdrawn(withdrawn, recorded);
    history.append(withdrawn, recorded);
  }

  /** Counted only: the sealed details never reach the read model, the history leaves them out. */
  @EventHandler
  void on(VictimDetailsAmendedEvent amended, RecordedEvent recorded) {
    referrals.recordDetailsAmended(amended, recorded);
    history.append(amended, recorded);
  }

  /** Counted only, like an amendment. */
  @EventHandler
  void on(CaseNoteAddedEvent noted, RecordedEvent recorded) {
    referrals.recordCaseNoteAdded(noted, recorded);
    history.append(noted, recorded);
  }

  /** The kind of step the voiding names, as the event says, decides the undo. */
  @EventHandler
  void on(ReferralStepVoidedEvent voided, RecordedEvent recorded) {
    referrals.recordStepVoided(voided, recorded);
    history.append(voided, recorded);
  }

  /**
   * Every referral of the erased agency's case reads as erased from now on (another agency's case
   * under the same reference does not); its events stay as recorded.
   */
  @EventHandler
  void on(CaseErasedEvent erased, RecordedEvent recorded) {
    referrals.recordCaseErased(erased, recorded);
  }
}
