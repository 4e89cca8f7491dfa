package mx.bitacora.query.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.inbox.InboxItemReadEvent;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralEscalatedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.review.FindingAcceptedEvent;
import mx.bitacora.events.review.FindingAnsweredEvent;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingReopenedEvent;
import mx.bitacora.events.review.ReviewConcludedEvent;
import mx.bitacora.events.review.ReviewEvent;
import mx.bitacora.events.review.ReviewOpenedEvent;
import mx.bitacora.events.review.ReviewReportIssuedEvent;
import mx.bitacora.query.inbox.InboxTable.FindingNotice;
import mx.bitacora.query.inbox.InboxTable.Inserted;
import mx.bitacora.query.inbox.InboxTable.Recipient;
import mx.bitacora.query.inbox.mail.MailOutbox;
import mx.bitacora.query.live.AnnouncesChanges;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RebuildingThread;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.springframework.stereotype.Component;

/**
 * Projects referral events, and findings recorded, reopened and escalated, into the notices of the
 * agencies they are for, and each notice's first read. A notice is named by the id of the event it
 * comes from. Every write is idempotent, and a notice newly added by the serving processor (not by
 * a replay, a rebuild or an "as of" read) is handed to the e-mail outbox, which keeps it once, so
 * no e-mail is ever sent twice for it.
 */
@Component
@ProcessingGroup(ProcessingGroups.INBOX)
@ProjectionTables({"inbox_referral", "inbox_item", "inbox_item_read"})
@AnnouncesChanges(view = "inbox", changed = InboxProjection.CHANGED_ITEMS)
class InboxProjection {

  /**
   * The notices of the referral a referral event names, of the review a review event names (its
   * stream id, {@code review:<id>}), or the notice a read names (the read's stream id), each
   * announced to its agency alone.
   */
  static final String CHANGED_ITEMS =
      """
      WITH changed(aggregate_id) AS (SELECT CAST(? AS text))
      SELECT i.item_id AS id, CAST(NULL AS text) AS shelter, ARRAY[i.agency_id::text] AS agencies
      FROM inbox_item i JOIN changed c ON (i.referral_id::text) = c.aggregate_id
      UNION ALL
      SELECT i.item_id AS id, CAST(NULL AS text) AS shelter, ARRAY[i.agency_id::text] AS agencies
      FROM inbox_item i JOIN changed c
        ON i.review_id = CAST(NULLIF(substring(c.aggregate_id FROM '^review:(.*)$'), '') AS uuid)
      UNION ALL
      SELECT r.item_id AS id, CAST(NULL AS text) AS shelter, ARRAY[r.agency_id::text] AS agencies
      FROM inbox_item_read r JOIN changed c ON r.stream_id = c.aggregate_id
      """;

  private final InboxTable inbox;
  private final MailOutbox outbox;

  InboxProjection(InboxTable inbox, MailOutbox outbox) {
    this.inbox = inbox;
    this.outbox = outbox;
  }

  @EventHandler
  void on(ReferralIssuedEvent issued, RecordedEvent recorded, EventMessage<?> message) {
    inbox.recordReferral(issued);
    notice(
        message,
        InboxKind.REFERRAL_RECEIVED,
        issued.referralId(),
        null,
        recorded,
        Recipient.RECEIVER);
  }

  @EventHandler
  void on(ReferralAcceptedEvent accepted, RecordedEvent recorded, EventMessage<?> message) {
    notice(
        message,
        InboxKind.REFERRAL_ACCEPTED,
        accepted.referralId(),
        null,
        recorded,
        Recipient.ISSUER);
  }

  @EventHandler
  void on(ReferralDeclinedEvent declined, RecordedEvent recorded, EventMessage<?> message) {
    notice(
        message,
        InboxKind.REFERRAL_DECLINED,
        declined.referralId(),
        null,
        recorded,
        Recipient.ISSUER);
  }

  @EventHandler
  void on(ReferralClosedEvent closed, RecordedEvent recorded, EventMessage<?> message) {
    notice(
        message, InboxKind.REFERRAL_CLOSED, closed.referralId(), null, recorded, Recipient.ISSUER);
  }

  @EventHandler
  void on(ReferralWithdrawnEvent withdrawn, RecordedEvent recorded, EventMessage<?> message) {
    notice(
        message,
        InboxKind.REFERRAL_WITHDRAWN,
        withdrawn.referralId(),
        null,
        recorded,
        Recipient.RECEIVER);
  }

  /** For both parties: the issuer may follow it up, the receiver still has to answer. */
  @EventHandler
  void on(ReferralEscalatedEvent escalated, RecordedEvent recorded, EventMessage<?> message) {
    notice(
        message,
        InboxKind.REFERRAL_ESCALATED,
        escalated.referralId(),
        escalated.escalatedAt().toString(),
        recorded,
        Recipient.ISSUER,
        Recipient.RECEIVER);
  }

  @EventHandler
  void on(ConsentWithdrawnEvent withdrawn, RecordedEvent recorded, EventMessage<?> message) {
    notice(
        message,
        InboxKind.CONSENT_WITHDRAWN,
        withdrawn.referralId(),
        withdrawn.withdrawnOn() == null ? null : withdrawn.withdrawnOn().toString(),
        recorded,
        Recipient.RECEIVER);
  }

  /**
   * A finding recorded or reopened waits for the agency concerned; one escalated is for it too (the
   * commission reads escalated findings in {@code GET /reviews}, as it reads escalated referrals in
   * its own views). The rest of a review's events tell no agency anything new.
   */
  @EventHandler
  void on(ReviewEvent event, RecordedEvent recorded, EventMessage<?> message) {
    switch (event) {
      case FindingRecordedEvent finding ->
          findingNotice(
              message,
              InboxKind.FINDING_RECEIVED,
              new FindingNotice(
                  finding.concernedAgency(),
                  finding.reviewId(),
                  finding.findingId(),
                  finding.responseDueOn()),
              text(finding.recordedOn()),
              recorded);
      case FindingReopenedEvent reopened ->
          findingNotice(
              message,
              InboxKind.FINDING_REOPENED,
              new FindingNotice(
                  reopened.concernedAgency(),
                  reopened.reviewId(),
                  reopened.findingId(),
                  reopened.responseDueOn()),
              text(reopened.reopenedOn()),
              recorded);
      case FindingEscalatedEvent escalated ->
          findingNotice(
              message,
              InboxKind.FINDING_ESCALATED,
              new FindingNotice(
                  escalated.concernedAgency(),
                  escalated.reviewId(),
                  escalated.findingId(),
                  escalated.responseDueOn()),
              text(escalated.escalatedAt()),
              recorded);
      case ReviewOpenedEvent opened -> {}
      case FindingAnsweredEvent answered -> {}
      case FindingAcceptedEvent accepted -> {}
      case ReviewConcludedEvent concluded -> {}
      case ReviewReportIssuedEvent issued -> {}
    }
  }

  @EventHandler
  void on(InboxItemReadEvent read, RecordedEvent recorded) {
    inbox.recordRead(read, streamIdOf(read), recorded);
  }

  private void notice(
      EventMessage<?> message,
      InboxKind kind,
      ReferralId referralId,
      String businessTime,
      RecordedEvent recorded,
      Recipient... recipients) {
    mail(
        message,
        inbox.addNotice(
            itemIdOf(message.getIdentifier()),
            kind,
            referralId,
            businessTime,
            recorded,
            recipients),
        recorded);
  }

  private void findingNotice(
      EventMessage<?> message,
      InboxKind kind,
      FindingNotice finding,
      String businessTime,
      RecordedEvent recorded) {
    if (finding.agency() == null) {
      return;
    }
    mail(
        message,
        inbox.addFindingNotice(
            itemIdOf(message.getIdentifier()), kind, finding, businessTime, recorded),
        recorded);
  }

  /** Queues an e-mail for each notice just added by the serving processor. */
  private void mail(EventMessage<?> message, List<Inserted> added, RecordedEvent recorded) {
    // A replay, a rebuild or an "as of" read applies events whose notices were mailed (or not) when
    // the serving processor first applied them.
    if (ReplayToken.isReplay(message) || RebuildingThread.isRebuilding()) {
      return;
    }
    for (Inserted notice : added) {
      outbox.enqueue(notice.agency(), notice.itemId(), recorded.recordedAt());
    }
  }

  private static String text(Object businessTime) {
    return businessTime == null ? null : businessTime.toString();
  }

  /** The notice's id: the event's, which command-service's events carry as a UUID. */
  static UUID itemIdOf(String eventId) {
    try {
      return UUID.fromString(eventId);
    } catch (IllegalArgumentException notAUuid) {
      return UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The stream command-service stores a notice's read under (InboxItem). */
  static String streamIdOf(InboxItemReadEvent read) {
    return "inbox:" + read.agencyId() + "/" + read.itemId();
  }
}
