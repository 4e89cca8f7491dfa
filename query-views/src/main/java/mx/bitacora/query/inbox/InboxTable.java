package mx.bitacora.query.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.inbox.InboxItemReadEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the inbox: each referral's parties, one notice per event and agency it is for (referral
 * events; findings recorded, reopened, escalated), and the first read of each notice. Every write
 * inserts or leaves an existing row alone, so a replay, or two writers racing, change nothing; a
 * read and its notice are joined when reading, so either may be applied first. No case reference
 * and no victim datum is written.
 */
@Repository
class InboxTable {

  /** Whom a notice is for, relative to the referral's parties. */
  enum Recipient {
    ISSUER,
    RECEIVER
  }

  /** The finding a notice is about, the agency it concerns and the date its answer is due. */
  record FindingNotice(AgencyId agency, ReviewId reviewId, FindingId findingId, LocalDate dueOn) {}

  /** The notice as inserted, for the e-mail outbox. */
  record Inserted(AgencyId agency, UUID itemId) {}

  private final NamedParameterJdbcTemplate jdbc;

  InboxTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordReferral(ReferralIssuedEvent issued) {
    jdbc.update(
        """
        INSERT INTO inbox_referral (referral_id, issuing_agency, receiving_agency, urgency)
        VALUES (:referralId, :issuingAgency, :receivingAgency, :urgency)
        ON CONFLICT (referral_id) DO NOTHING
        """,
        new MapSqlParameterSource("referralId", issued.referralId().value())
            .addValue("issuingAgency", issued.issuingAgency().value())
            .addValue("receivingAgency", issued.receivingAgency().value())
            .addValue("urgency", issued.urgency().name()));
  }

  /**
   * Adds the notice {@code itemId} of {@code kind} about {@code referralId} for each of {@code
   * recipients}, unless it is there; answers the notices this call added (none on a replay).
   */
  List<Inserted> addNotice(
      UUID itemId,
      InboxKind kind,
      ReferralId referralId,
      String businessTime,
      RecordedEvent recorded,
      Recipient... recipients) {
    List<Inserted> added = new java.util.ArrayList<>();
    for (Recipient recipient : recipients) {
      String agency = recipient == Recipient.ISSUER ? "issuing_agency" : "receiving_agency";
      String other = recipient == Recipient.ISSUER ? "receiving_agency" : "issuing_agency";
      added.addAll(
          jdbc.query(
              """
              INSERT INTO inbox_item (agency_id, item_id, kind, referral_id, other_agency, urgency,
                  recorded_at, business_time, global_position)
              SELECT r.%s, :itemId, :kind, r.referral_id, r.%s, r.urgency, :recordedAt,
                  :businessTime, :globalPosition
              FROM inbox_referral r WHERE r.referral_id = :referralId
              ON CONFLICT (agency_id, item_id) DO NOTHING
              RETURNING agency_id, item_id
              """
                  .formatted(agency, other),
              new MapSqlParameterSource("itemId", itemId)
                  .addValue("kind", kind.name())
                  .addValue("referralId", referralId.value())
                  .addValue("recordedAt", at(recorded))
                  .addValue("businessTime", businessTime)
                  .addValue("globalPosition", recorded.globalPosition()),
              (row, i) ->
                  new Inserted(
                      new AgencyId(row.getString("agency_id")),
                      row.getObject("item_id", UUID.class))));
    }
    return added;
  }

  /**
   * Adds the notice {@code itemId} of {@code kind} about a finding for {@code agency}, unless it is
   * there; answers the notice if this call added it. Names the review and finding, never its text.
   */
  List<Inserted> addFindingNotice(
      UUID itemId,
      InboxKind kind,
      FindingNotice finding,
      String businessTime,
      RecordedEvent recorded) {
    return jdbc.query(
        """
        INSERT INTO inbox_item (agency_id, item_id, kind, review_id, finding_id, due_on,
            recorded_at, business_time, global_position)
        VALUES (:agency, :itemId, :kind, :reviewId, :findingId, :dueOn, :recordedAt,
            :businessTime, :globalPosition)
        ON CONFLICT (agency_id, item_id) DO NOTHING
        RETURNING agency_id, item_id
        """,
        new MapSqlParameterSource("itemId", itemId)
            .addValue("agency", finding.agency().value())
            .addValue("kind", kind.name())
            .addValue("reviewId", finding.reviewId().value())
            .addValue("findingId", finding.findingId().value())
            .addValue("dueOn", finding.dueOn())
            .addValue("recordedAt", at(recorded))
            .addValue("businessTime", businessTime)
            .addValue("globalPosition", recorded.globalPosition()),
        (row, i) ->
            new Inserted(
                new AgencyId(row.getString("agency_id")), row.getObject("item_id", UUID.class)));
  }

  void recordRead(InboxItemReadEvent read, String streamId, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO inbox_item_read (agency_id, item_id, stream_id, read_by, read_at,
            global_position)
        VALUES (:agencyId, :itemId, :streamId, :readBy, :readAt, :globalPosition)
        ON CONFLICT (agency_id, item_id) DO NOTHING
        """,
        new MapSqlParameterSource("agencyId", read.agencyId().value())
            .addValue("itemId", read.itemId())
            .addValue("streamId", streamId)
            .addValue("readBy", recorded.actor())
            .addValue("readAt", at(recorded))
            .addValue("globalPosition", recorded.globalPosition()));
  }

  private static OffsetDateTime at(RecordedEvent recorded) {
    return OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC);
  }
}
