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
 * Projects referral events into the notices of the agencies they are for, and each notice's first
 * read. A notice is named by the id of the event it comes from. Every write is idempotent, and a
 * notice newly added by the serving processor (not by a replay, a rebuild or an "as of" read) is
 * handed to the e-mail outbox, which keeps it once, so no e-mail is ever sent twice for it.
 */
@Component
@ProcessingGroup(ProcessingGroups.INBOX)
@ProjectionTables({"inbox_referral", "inbox_item", "inbox_item_read"})
@AnnouncesChanges(view = "inbox", changed = InboxProjection.CHANGED_ITEMS)
class InboxProjection {

  /**
   * The notices of the referral a referral event names, or the notice a read names (the read's
   * stream id), each announced to its agency alone.
   */
  static final String CHANGED_ITEMS =
      """
      WITH changed(aggregate_id) AS (SELECT CAST(? AS text))
      SELECT i.item_id AS id, CAST(NULL AS text) AS shelter, ARRAY[i.agency_id::text] AS agencies
      FROM inbox_item i JOIN changed c ON (i.referral_id::text) = c.aggregate_id
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
    List<Inserted> added =
        inbox.addNotice(
            itemIdOf(message.getIdentifier()),
            kind,
            referralId,
            businessTime,
            recorded,
            recipients);
    // A replay, a rebuild or an "as of" read applies events whose notices were mailed (or not) when
    // the serving processor first applied them.
    if (ReplayToken.isReplay(message) || RebuildingThread.isRebuilding()) {
      return;
    }
    for (Inserted notice : added) {
      outbox.enqueue(notice.agency(), notice.itemId(), recorded.recordedAt());
    }
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
