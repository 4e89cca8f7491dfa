package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.query.history.EventHistory;
import mx.bitacora.query.rows.Rows;
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

  private static final String DELIVERY_COLUMNS =
      """
      d.delivery_id, d.receiving_shelter, d.receiving_agency, d.funding_agency,
      d.delivering_agencies, d.project_id, d.occurred_on, d.status, d.dispatched_on,
      d.received_on, d.received_by_title, d.received_by_agency, d.void_reason, d.witnesses,
      d.planned_at, d.updated_at
      """;

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
    List<DeliveryRow> rows =
        jdbc.query(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM shelter_delivery d"
                + where
                + " ORDER BY d.occurred_on DESC, d.delivery_id LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(DeliveryRow.class));
    Map<UUID, List<DeliveryLine>> lines =
        linesOf(rows.stream().map(DeliveryRow::deliveryId).toList());
    long totalElements = total == null ? 0 : total;
    return new ShelterDeliveriesPage(
        query.shelterId(),
        query.status(),
        rows.stream().map(r -> r.summary(lines.getOrDefault(r.deliveryId(), List.of()))).toList(),
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
            Rows.of(DeliveryRow.class));
    if (found.isEmpty()) {
      throw new RejectedException(ShelterDeliveriesProblem.DELIVERY_NOT_FOUND, query.deliveryId());
    }
    DeliveryRow delivery = found.get(0);
    return new DeliveryDetail(
        delivery.summary(linesOf(List.of(id)).getOrDefault(id, List.of())),
        readOfficials(delivery.witnesses()),
        delivery.receivedBy(),
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

  /**
   * One {@code shelter_delivery} row, before its lines are attached; {@code witnesses} is the
   * column's JSON text, read by {@link #readOfficials} only for a delivery's detail.
   */
  private record DeliveryRow(
      UUID deliveryId,
      ShelterId receivingShelter,
      AgencyId receivingAgency,
      AgencyId fundingAgency,
      List<AgencyId> deliveringAgencies,
      ProjectId projectId,
      LocalDate occurredOn,
      DeliveryStatus status,
      LocalDate dispatchedOn,
      LocalDate receivedOn,
      Official receivedBy,
      String voidReason,
      String witnesses,
      Instant plannedAt,
      Instant updatedAt) {

    DeliverySummary summary(List<DeliveryLine> lines) {
      return new DeliverySummary(
          new DeliveryId(deliveryId),
          receivingShelter,
          receivingAgency,
          fundingAgency,
          deliveringAgencies,
          projectId,
          occurredOn,
          status,
          dispatchedOn,
          receivedOn,
          voidReason,
          lines,
          plannedAt,
          updatedAt);
    }
  }

  /** One {@code shelter_delivery_item} row: a line of delivery {@code deliveryId}. */
  private record DeliveryItem(UUID deliveryId, DeliveryLine item) {}
}
