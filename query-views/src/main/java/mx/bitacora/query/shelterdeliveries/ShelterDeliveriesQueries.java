package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.bitacora.events.common.Official;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.query.history.EventHistory;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the shelter-deliveries queries from the read model. What the caller may see is part of
 * each query's WHERE clause, so a delivery outside it is indistinguishable from one that does not
 * exist. Each answer reads one snapshot, so its count, rows, lines and history agree.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ShelterDeliveriesQueries {

  /**
   * A delivery's summary and receipt; {@code items} is null here (read as no lines): its lines are
   * attached from {@code shelter_delivery_item} by {@link DeliverySummary#withItems}.
   */
  private static final String DELIVERY_COLUMNS =
      """
      d.delivery_id, d.receiving_shelter, d.receiving_agency, d.funding_agency,
      d.delivering_agencies, d.project_id, d.occurred_on, d.status, d.dispatched_on,
      d.received_on, d.received_by_title, d.received_by_agency, d.void_reason, d.witnesses,
      CAST(NULL AS text[]) AS items, d.planned_at, d.updated_at
      """;

  /** A delivery's row as its detail reads it: the summary, and who received and witnessed it. */
  private static final RowMapper<DeliveryRow> DELIVERY_ROW = deliveryRows();

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;
  private final EventHistory history;

  ShelterDeliveriesQueries(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    this.history =
        new EventHistory(jdbc, json, DeliveryHistoryTable.TABLE, DeliveryHistoryTable.ID_COLUMN);
  }

  ShelterDeliveriesPage answer(FindShelterDeliveriesQuery query) {
    MapSqlParameterSource parameters =
        query
            .visibility()
            .bind(new MapSqlParameterSource("shelter", query.shelterId().value()))
            .addValue("status", query.status() == null ? null : query.status().name())
            .addValue("limit", query.size())
            .addValue("offset", query.offset());
    String where =
        " WHERE d.receiving_shelter = :shelter"
            + (query.status() == null ? "" : " AND d.status = :status")
            + " AND "
            + query.visibility().condition();
    Long total =
        jdbc.queryForObject(
            "SELECT count(*) FROM shelter_delivery d" + where, parameters, Long.class);
    List<DeliverySummary> rows =
        jdbc.query(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM shelter_delivery d"
                + where
                + " ORDER BY d.occurred_on DESC, d.delivery_id LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(DeliverySummary.class));
    Map<UUID, List<DeliveryLine>> lines =
        linesOf(rows.stream().map(row -> row.deliveryId().value()).toList());
    long totalElements = total == null ? 0 : total;
    return new ShelterDeliveriesPage(
        query.shelterId(),
        query.status(),
        rows.stream()
            .map(row -> row.withItems(lines.getOrDefault(row.deliveryId().value(), List.of())))
            .toList(),
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  DeliveryDetail answer(FindDeliveryQuery query) {
    UUID id = query.deliveryId().value();
    List<DeliveryRow> found =
        jdbc.query(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM shelter_delivery d WHERE d.delivery_id = :id AND "
                + query.visibility().condition(),
            query.visibility().bind(new MapSqlParameterSource("id", id)),
            DELIVERY_ROW);
    if (found.isEmpty()) {
      throw new RejectedException(ShelterDeliveriesProblem.DELIVERY_NOT_FOUND, query.deliveryId());
    }
    DeliveryRow delivery = found.get(0);
    return new DeliveryDetail(
        delivery.summary().withItems(linesOf(List.of(id)).getOrDefault(id, List.of())),
        readOfficials(delivery.receipt().witnesses()),
        delivery.receipt().receivedBy(),
        history.of(id));
  }

  private Map<UUID, List<DeliveryLine>> linesOf(List<UUID> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .query(
            """
            SELECT delivery_id, line AS item_line, description AS item_description,
                   unit AS item_unit, trim_scale(planned_quantity) AS item_planned_quantity,
                   trim_scale(acknowledged_quantity) AS item_acknowledged_quantity,
                   discrepancy_note AS item_discrepancy_note
            FROM shelter_delivery_item
            WHERE delivery_id IN (:ids)
            ORDER BY delivery_id, line
            """,
            new MapSqlParameterSource("ids", deliveryIds),
            Rows.of(DeliveryItem.class))
        .stream()
        .collect(
            Collectors.groupingBy(
                DeliveryItem::deliveryId,
                LinkedHashMap::new,
                Collectors.mapping(DeliveryItem::item, Collectors.toList())));
  }

  private List<Official> readOfficials(String value) {
    try {
      return json.readValue(value, new TypeReference<List<Official>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable witnesses in the read model", e);
    }
  }

  private static RowMapper<DeliveryRow> deliveryRows() {
    RowMapper<DeliverySummary> summaries = Rows.of(DeliverySummary.class);
    RowMapper<Receipt> receipts = Rows.of(Receipt.class);
    return (rs, rowNumber) ->
        new DeliveryRow(summaries.mapRow(rs, rowNumber), receipts.mapRow(rs, rowNumber));
  }

  /** One {@code shelter_delivery} row, before its lines are attached. */
  private record DeliveryRow(DeliverySummary summary, Receipt receipt) {}

  /**
   * Who received a delivery, and who witnessed it: {@code witnesses} is the column's JSON text,
   * read by {@link #readOfficials} only for a delivery's detail.
   */
  private record Receipt(Official receivedBy, String witnesses) {}

  /** One {@code shelter_delivery_item} row: a line of delivery {@code deliveryId}. */
  private record DeliveryItem(UUID deliveryId, DeliveryLine item) {}
}
