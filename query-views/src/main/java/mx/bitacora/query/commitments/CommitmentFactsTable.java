package mx.bitacora.query.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes this projection's copies of the facts that count toward commitments: deliveries and their
 * receipts, training sessions, participants and completions, referrals and their answers. Each
 * change applies only above the row's last sequence number, so a replay changes nothing. Each
 * method answers whose commitments to recompute (a shelter, an agency), or nothing when the fact is
 * unknown here.
 */
@Repository
class CommitmentFactsTable {

  private final NamedParameterJdbcTemplate jdbc;

  CommitmentFactsTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // Deliveries

  String recordPlanned(
      DeliveryId deliveryId, String shelterId, List<DeliveryItem> items, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO commitment_delivery (delivery_id, shelter_id, last_sequence)
        VALUES (:deliveryId, :shelterId, :sequence)
        ON CONFLICT (delivery_id) DO NOTHING
        """,
        delivery(deliveryId, recorded).addValue("shelterId", shelterId));
    replaceLines(deliveryId, items, recorded.sequenceNumber());
    return shelterId;
  }

  Optional<String> recordReceipt(
      DeliveryId deliveryId,
      LocalDate receivedOn,
      List<ItemDiscrepancy> discrepancies,
      RecordedEvent recorded) {
    advance(
        deliveryId,
        "received_on = :receivedOn, receipt_position = :position",
        delivery(deliveryId, recorded)
            .addValue("receivedOn", receivedOn)
            .addValue("position", recorded.globalPosition()));
    setReceived(deliveryId, discrepancies, recorded.sequenceNumber());
    return shelterOf(deliveryId);
  }

  Optional<String> recordPlanCorrected(
      DeliveryId deliveryId, List<DeliveryItem> items, RecordedEvent recorded) {
    advance(deliveryId, "", delivery(deliveryId, recorded));
    if (items != null) {
      replaceLines(deliveryId, items, recorded.sequenceNumber());
    }
    return shelterOf(deliveryId);
  }

  Optional<String> recordReceiptVoided(DeliveryId deliveryId, RecordedEvent recorded) {
    advance(
        deliveryId, "received_on = NULL, receipt_position = NULL", delivery(deliveryId, recorded));
    setReceived(deliveryId, List.of(), recorded.sequenceNumber());
    return shelterOf(deliveryId);
  }

  Optional<String> recordDeliveryVoided(DeliveryId deliveryId, RecordedEvent recorded) {
    advance(deliveryId, "voided = TRUE", delivery(deliveryId, recorded));
    return shelterOf(deliveryId);
  }

  /** Applies {@code set} to the delivery above its last sequence. */
  private void advance(DeliveryId deliveryId, String set, MapSqlParameterSource parameters) {
    jdbc.update(
        "UPDATE commitment_delivery SET "
            + (set.isEmpty() ? "" : set + ", ")
            + "last_sequence = :sequence"
            + " WHERE delivery_id = :deliveryId AND last_sequence < :sequence",
        parameters);
  }

  /** The shelter the delivery goes to, if this projection knows the delivery. */
  private Optional<String> shelterOf(DeliveryId deliveryId) {
    return jdbc
        .queryForList(
            "SELECT shelter_id FROM commitment_delivery WHERE delivery_id = :deliveryId",
            new MapSqlParameterSource("deliveryId", deliveryId.value()),
            String.class)
        .stream()
        .findFirst();
  }

  /**
   * The plan's lines, replacing those an earlier plan or correction set; what a receipt said of a
   * line stays.
   */
  private void replaceLines(DeliveryId deliveryId, List<DeliveryItem> items, long sequence) {
    List<DeliveryItem> lines = items == null ? List.of() : items;
    jdbc.update(
        "DELETE FROM commitment_delivery_line WHERE delivery_id = :deliveryId"
            + " AND plan_sequence < :sequence AND NOT (line = ANY (:lines))",
        new MapSqlParameterSource("deliveryId", deliveryId.value())
            .addValue("sequence", sequence)
            .addValue("lines", lines.stream().map(DeliveryItem::line).toArray(Integer[]::new)));
    jdbc.batchUpdate(
        """
        INSERT INTO commitment_delivery_line (
            delivery_id, line, item_key, unit_key, planned, plan_sequence)
        VALUES (:deliveryId, :line, :itemKey, :unitKey, :planned, :sequence)
        ON CONFLICT (delivery_id, line) DO UPDATE
        SET item_key = EXCLUDED.item_key, unit_key = EXCLUDED.unit_key,
            planned = EXCLUDED.planned, plan_sequence = EXCLUDED.plan_sequence
        WHERE commitment_delivery_line.plan_sequence < EXCLUDED.plan_sequence
        """,
        lines.stream()
            .map(
                item ->
                    new MapSqlParameterSource("deliveryId", deliveryId.value())
                        .addValue("line", item.line())
                        .addValue("itemKey", ItemKey.of(item.description()))
                        .addValue("unitKey", ItemKey.of(item.unit()))
                        .addValue("planned", item.quantity())
                        .addValue("sequence", sequence))
            .toArray(SqlParameterSource[]::new));
  }

  /**
   * What the standing receipt says was received per line (a discrepancy's quantity, or none), on
   * the lines an earlier receipt event set.
   */
  private void setReceived(
      DeliveryId deliveryId, List<ItemDiscrepancy> discrepancies, long sequence) {
    List<ItemDiscrepancy> named = discrepancies == null ? List.of() : discrepancies;
    jdbc.update(
        """
        UPDATE commitment_delivery_line l
        SET received = (
                SELECT CAST(d.quantity AS NUMERIC)
                FROM unnest(CAST(:lines AS INTEGER[]), CAST(:quantities AS TEXT[]))
                    AS d(line, quantity)
                WHERE d.line = l.line
                LIMIT 1),
            receipt_sequence = :sequence
        WHERE l.delivery_id = :deliveryId AND l.receipt_sequence < :sequence
        """,
        new MapSqlParameterSource("deliveryId", deliveryId.value())
            .addValue("sequence", sequence)
            .addValue("lines", named.stream().map(ItemDiscrepancy::line).toArray(Integer[]::new))
            .addValue(
                "quantities",
                named.stream()
                    .map(
                        d ->
                            d.receivedQuantity() == null
                                ? null
                                : d.receivedQuantity().toPlainString())
                    .toArray(String[]::new)));
  }

  private static MapSqlParameterSource delivery(DeliveryId deliveryId, RecordedEvent recorded) {
    return new MapSqlParameterSource("deliveryId", deliveryId.value())
        .addValue("sequence", recorded.sequenceNumber());
  }

  // Training

  /** A session held on {@code heldOn} for {@code audiences}, the first its main one. */
  void recordSession(UUID sessionId, List<String> audiences, LocalDate heldOn) {
    jdbc.update(
        """
        INSERT INTO commitment_training_session (training_session_id, audience, audiences, held_on)
        VALUES (:sessionId, :audience, :audiences, :heldOn)
        ON CONFLICT (training_session_id) DO NOTHING
        """,
        new MapSqlParameterSource("sessionId", sessionId)
            .addValue("audience", audiences.get(0))
            .addValue("audiences", audiences.toArray(String[]::new))
            .addValue("heldOn", heldOn));
  }

  /** The agencies whose staff took part in the session. */
  List<String> recordCancelled(UUID sessionId) {
    MapSqlParameterSource id = new MapSqlParameterSource("sessionId", sessionId);
    jdbc.update(
        "UPDATE commitment_training_session SET cancelled = TRUE"
            + " WHERE training_session_id = :sessionId",
        id);
    return jdbc.queryForList(
        "SELECT DISTINCT agency FROM commitment_training_participant"
            + " WHERE training_session_id = :sessionId",
        id,
        String.class);
  }

  void recordEnrolled(UUID sessionId, String staffId, String agency, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO commitment_training_participant (
            training_session_id, staff_id, agency, last_sequence)
        VALUES (:sessionId, :staffId, :agency, :sequence)
        ON CONFLICT (training_session_id, staff_id) DO NOTHING
        """,
        participant(sessionId, staffId, recorded).addValue("agency", agency));
  }

  /** Sets the participant's completion; the participant's agency if it changed anything. */
  Optional<String> recordCompletion(
      UUID sessionId, String staffId, boolean completed, RecordedEvent recorded) {
    return jdbc
        .query(
            """
            UPDATE commitment_training_participant
            SET completed = :completed, completion_position = :position,
                last_sequence = :sequence
            WHERE training_session_id = :sessionId AND staff_id = :staffId
              AND last_sequence < :sequence
            RETURNING agency
            """,
            participant(sessionId, staffId, recorded)
                .addValue("completed", completed)
                .addValue("position", completed ? recorded.globalPosition() : null),
            (row, i) -> row.getString(1))
        .stream()
        .findFirst();
  }

  private static MapSqlParameterSource participant(
      UUID sessionId, String staffId, RecordedEvent recorded) {
    return new MapSqlParameterSource("sessionId", sessionId)
        .addValue("staffId", staffId)
        .addValue("sequence", recorded.sequenceNumber());
  }

  // Referrals

  void recordIssued(
      UUID referralId, String receivingAgency, LocalDate issuedOn, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO commitment_referral (
            referral_id, receiving_agency, issued_on, issued_position, last_sequence)
        VALUES (:referralId, :agency, :issuedOn, :position, :sequence)
        ON CONFLICT (referral_id) DO NOTHING
        """,
        referral(referralId, recorded)
            .addValue("agency", receivingAgency)
            .addValue("issuedOn", issuedOn)
            .addValue("position", recorded.globalPosition()));
  }

  /** Applies {@code set} to the referral above its last sequence; its receiver if it did. */
  Optional<String> advanceReferral(UUID referralId, String set, RecordedEvent recorded) {
    return jdbc
        .query(
            "UPDATE commitment_referral SET "
                + set
                + ", last_sequence = :sequence"
                + " WHERE referral_id = :referralId AND last_sequence < :sequence"
                + " RETURNING receiving_agency",
            referral(referralId, recorded).addValue("position", recorded.globalPosition()),
            (row, i) -> row.getString(1))
        .stream()
        .findFirst();
  }

  private static MapSqlParameterSource referral(UUID referralId, RecordedEvent recorded) {
    return new MapSqlParameterSource("referralId", referralId)
        .addValue("sequence", recorded.sequenceNumber());
  }
}
