package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
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
            (rs, n) -> row(rs));
    Map<UUID, List<DeliveryLine>> lines = linesOf(rows.stream().map(DeliveryRow::id).toList());
    long totalElements = total == null ? 0 : total;
    return new ShelterDeliveriesPage(
        query.shelterId(),
        query.status(),
        rows.stream().map(r -> r.summary(lines.getOrDefault(r.id(), List.of()))).toList(),
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
            (rs, n) -> row(rs));
    if (found.isEmpty()) {
      throw new RejectedException(ShelterDeliveriesProblem.DELIVERY_NOT_FOUND, query.deliveryId());
    }
    DeliveryRow delivery = found.get(0);
    return new DeliveryDetail(
        delivery.summary(linesOf(List.of(id)).getOrDefault(id, List.of())),
        delivery.witnesses(),
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
            SELECT delivery_id, line, description, unit, planned_quantity,
                   acknowledged_quantity, discrepancy_note
            FROM shelter_delivery_item
            WHERE delivery_id IN (:ids)
            ORDER BY delivery_id, line
            """,
            new MapSqlParameterSource("ids", deliveryIds),
            (rs, n) ->
                Map.entry(
                    rs.getObject("delivery_id", UUID.class),
                    new DeliveryLine(
                        rs.getInt("line"),
                        rs.getString("description"),
                        rs.getString("unit"),
                        plain(rs.getBigDecimal("planned_quantity")),
                        plain(rs.getBigDecimal("acknowledged_quantity")),
                        rs.getString("discrepancy_note"))))
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey,
                LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private DeliveryRow row(ResultSet rs) throws SQLException {
    String receivedByTitle = rs.getString("received_by_title");
    String projectId = rs.getString("project_id");
    return new DeliveryRow(
        rs.getObject("delivery_id", UUID.class),
        new ShelterId(rs.getString("receiving_shelter")),
        new AgencyId(rs.getString("receiving_agency")),
        new AgencyId(rs.getString("funding_agency")),
        texts(rs.getArray("delivering_agencies")).stream().map(AgencyId::new).toList(),
        projectId == null ? null : ProjectId.of(projectId),
        rs.getObject("occurred_on", LocalDate.class),
        DeliveryStatus.valueOf(rs.getString("status")),
        rs.getObject("dispatched_on", LocalDate.class),
        rs.getObject("received_on", LocalDate.class),
        receivedByTitle == null
            ? null
            : new Official(receivedByTitle, new AgencyId(rs.getString("received_by_agency"))),
        rs.getString("void_reason"),
        readOfficials(rs.getString("witnesses")),
        instant(rs, "planned_at"),
        instant(rs, "updated_at"));
  }

  /** A quantity without the column's padding zeros: 20.000 reads 20, 19.500 reads 19.5. */
  private static BigDecimal plain(BigDecimal quantity) {
    if (quantity == null) {
      return null;
    }
    BigDecimal stripped = quantity.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private List<Official> readOfficials(String value) {
    try {
      return json.readValue(value, new TypeReference<List<Official>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable witnesses in the read model", e);
    }
  }

  /** One {@code shelter_delivery} row, before its lines are attached. */
  private record DeliveryRow(
      UUID id,
      ShelterId shelter,
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
      List<Official> witnesses,
      Instant plannedAt,
      Instant updatedAt) {

    DeliverySummary summary(List<DeliveryLine> lines) {
      return new DeliverySummary(
          new DeliveryId(id),
          shelter,
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
}
