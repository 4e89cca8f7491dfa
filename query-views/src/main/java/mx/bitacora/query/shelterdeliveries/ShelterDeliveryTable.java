package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes each delivery's current state and lines. Every write is idempotent: the first event
 * inserts or leaves an existing row alone, later ones apply only if the row has not yet seen an
 * event at or after their sequence number, so a replay never changes or double-counts anything.
 */
@Repository
class ShelterDeliveryTable {

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;

  ShelterDeliveryTable(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void recordPlanned(DeliveryPlannedEvent planned, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO shelter_delivery (
            delivery_id, receiving_shelter, receiving_agency, funding_agency,
            delivering_agencies, involved_agencies, project_id, occurred_on, status, witnesses,
            planned_at, updated_at, last_sequence)
        VALUES (
            :deliveryId, :receivingShelter, :receivingAgency, :fundingAgency,
            :deliveringAgencies, :involvedAgencies, :projectId, :occurredOn, 'PLANNED',
            CAST(:witnesses AS jsonb), :recordedAt, :recordedAt, :sequence)
        ON CONFLICT (delivery_id) DO NOTHING
        """,
        applying(planned.deliveryId(), recorded)
            .addValue("receivingShelter", planned.receivingShelter().value())
            .addValue("receivingAgency", planned.receivingAgency().value())
            .addValue("fundingAgency", planned.fundingAgency().value())
            .addValue("deliveringAgencies", slugs(orEmpty(planned.deliveringAgencies())))
            .addValue("involvedAgencies", involvedAgencies(planned))
            .addValue("projectId", planned.projectId() == null ? null : planned.projectId().value())
            .addValue("occurredOn", planned.occurredOn())
            .addValue("witnesses", asJson(orEmpty(planned.witnesses()))));
    jdbc.batchUpdate(
        """
        INSERT INTO shelter_delivery_item (
            delivery_id, line, description, unit, planned_quantity)
        VALUES (:deliveryId, :line, :description, :unit, :quantity)
        ON CONFLICT (delivery_id, line) DO NOTHING
        """,
        orEmpty(planned.items()).stream()
            .map(item -> line(planned.deliveryId(), item))
            .toArray(SqlParameterSource[]::new));
  }

  void recordDispatched(DeliveryDispatchedEvent dispatched, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE shelter_delivery
        SET status = 'DISPATCHED', dispatched_on = :dispatchedOn,
            updated_at = :recordedAt, last_sequence = :sequence
        WHERE delivery_id = :deliveryId AND last_sequence < :sequence
        """,
        applying(dispatched.deliveryId(), recorded)
            .addValue("dispatchedOn", dispatched.dispatchedOn()));
  }

  /** Every line arrived as planned unless a discrepancy names it with what did arrive. */
  void recordAcknowledged(DeliveryReceiptAcknowledgedEvent acknowledged, RecordedEvent recorded) {
    int applied =
        jdbc.update(
            """
            UPDATE shelter_delivery
            SET status = 'ACKNOWLEDGED', received_on = :receivedOn,
                received_by_title = :receivedByTitle, received_by_agency = :receivedByAgency,
                updated_at = :recordedAt, last_sequence = :sequence
            WHERE delivery_id = :deliveryId AND last_sequence < :sequence
            """,
            applying(acknowledged.deliveryId(), recorded)
                .addValue("receivedOn", acknowledged.receivedOn())
                .addValue("receivedByTitle", acknowledged.receivedBy().title())
                .addValue("receivedByAgency", acknowledged.receivedBy().agency().value()));
    if (applied > 0) {
      acknowledgeLines(acknowledged.deliveryId(), acknowledged.discrepancies());
    }
  }

  /**
   * A correction replaces the corrected fact's values: a plan's date and line quantities, a
   * dispatch's date, or a receipt's date and acknowledged quantities, as the event's {@code
   * originalKind} says.
   */
  void recordCorrected(DeliveryFactCorrectedEvent corrected, RecordedEvent recorded) {
    String column =
        switch (corrected.originalKind()) {
          case PLAN -> "occurred_on";
          case DISPATCH -> "dispatched_on";
          case RECEIPT -> "received_on";
        };
    int applied =
        jdbc.update(
            """
            UPDATE shelter_delivery
            SET %s = :businessDate, updated_at = :recordedAt, last_sequence = :sequence
            WHERE delivery_id = :deliveryId AND last_sequence < :sequence
            """
                .formatted(column),
            applying(corrected.deliveryId(), recorded)
                .addValue("businessDate", corrected.businessDate()));
    if (applied == 0) {
      return;
    }
    if (corrected.originalKind() == DeliveryFactKind.PLAN) {
      jdbc.batchUpdate(
          """
          UPDATE shelter_delivery_item SET planned_quantity = :quantity
          WHERE delivery_id = :deliveryId AND line = :line
          """,
          corrected.items().stream()
              .map(item -> line(corrected.deliveryId(), item))
              .toArray(SqlParameterSource[]::new));
    }
    if (corrected.originalKind() == DeliveryFactKind.RECEIPT) {
      acknowledgeLines(corrected.deliveryId(), corrected.discrepancies());
    }
  }

  /**
   * A voided dispatch takes the delivery back to planned, a voided receipt back to dispatched; the
   * voided facts stay in the history. The event's {@code originalKind} says which was voided.
   */
  void recordFactVoided(DeliveryFactVoidedEvent voided, RecordedEvent recorded) {
    String reset =
        switch (voided.originalKind()) {
          case DISPATCH -> "status = 'PLANNED', dispatched_on = NULL";
          case RECEIPT ->
              "status = 'DISPATCHED', received_on = NULL, received_by_title = NULL,"
                  + " received_by_agency = NULL";
          case PLAN -> throw new IllegalStateException("a plan is never voided: " + voided);
        };
    int applied =
        jdbc.update(
            """
            UPDATE shelter_delivery
            SET %s, updated_at = :recordedAt, last_sequence = :sequence
            WHERE delivery_id = :deliveryId AND last_sequence < :sequence
            """
                .formatted(reset),
            applying(voided.deliveryId(), recorded));
    if (applied > 0 && voided.originalKind() == DeliveryFactKind.RECEIPT) {
      jdbc.update(
          """
          UPDATE shelter_delivery_item
          SET acknowledged_quantity = NULL, discrepancy_note = NULL
          WHERE delivery_id = :deliveryId
          """,
          new MapSqlParameterSource("deliveryId", voided.deliveryId().value()));
    }
  }

  /** Every line arrived as planned unless a discrepancy names it with what did arrive. */
  private void acknowledgeLines(DeliveryId deliveryId, List<ItemDiscrepancy> discrepancies) {
    jdbc.update(
        """
        UPDATE shelter_delivery_item
        SET acknowledged_quantity = planned_quantity, discrepancy_note = NULL
        WHERE delivery_id = :deliveryId
        """,
        new MapSqlParameterSource("deliveryId", deliveryId.value()));
    jdbc.batchUpdate(
        """
        UPDATE shelter_delivery_item
        SET acknowledged_quantity = :receivedQuantity, discrepancy_note = :note
        WHERE delivery_id = :deliveryId AND line = :line
        """,
        orEmpty(discrepancies).stream()
            .map(
                discrepancy ->
                    new MapSqlParameterSource("deliveryId", deliveryId.value())
                        .addValue("line", discrepancy.line())
                        .addValue("receivedQuantity", discrepancy.receivedQuantity())
                        .addValue("note", discrepancy.note()))
            .toArray(SqlParameterSource[]::new));
  }

  void recordVoided(DeliveryVoidedEvent voided, RecordedEvent recorded) {
    jdbc.update(
        """
        UPDATE shelter_delivery
        SET status = 'VOIDED', void_reason = :reason,
            updated_at = :recordedAt, last_sequence = :sequence
        WHERE delivery_id = :deliveryId AND last_sequence < :sequence
        """,
        applying(voided.deliveryId(), recorded).addValue("reason", voided.reason()));
  }

  private static MapSqlParameterSource applying(DeliveryId deliveryId, RecordedEvent recorded) {
    return new MapSqlParameterSource("deliveryId", deliveryId.value())
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
        .addValue("sequence", recorded.sequenceNumber());
  }

  private static MapSqlParameterSource line(DeliveryId deliveryId, DeliveryItem item) {
    return new MapSqlParameterSource("deliveryId", deliveryId.value())
        .addValue("line", item.line())
        .addValue("description", item.description())
        .addValue("unit", item.unit())
        .addValue("quantity", item.quantity());
  }

  /** The funder, the delivering agencies and the shelter's operator: who may see the delivery. */
  private static String[] involvedAgencies(DeliveryPlannedEvent planned) {
    Set<AgencyId> involved = new LinkedHashSet<>();
    involved.add(planned.fundingAgency());
    involved.addAll(orEmpty(planned.deliveringAgencies()));
    involved.add(planned.receivingAgency());
    return slugs(List.copyOf(involved));
  }

  private static String[] slugs(List<AgencyId> agencies) {
    return agencies.stream().map(AgencyId::value).toArray(String[]::new);
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }

  private String asJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON for the read model", e);
    }
  }
}
