package mx.bitacora.query.shelters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a shelter acknowledged from the shelter-deliveries read model: only deliveries whose
 * standing status is {@code ACKNOWLEDGED} (a voided receipt takes a delivery back to dispatched, a
 * voided delivery is voided: neither counts), with each line's acknowledged quantity (planned
 * unless a discrepancy named the line; a receipt correction replaces both it and the date), dated
 * by the receipt's business date {@code received_on}.
 */
@Component
class ShelterMaterials {

  private static final String ACKNOWLEDGED =
      " FROM shelter_delivery d"
          + " JOIN shelter_delivery_item i ON i.delivery_id = d.delivery_id"
          + " WHERE d.receiving_shelter = :shelter AND d.status = 'ACKNOWLEDGED'";

  private final NamedParameterJdbcTemplate jdbc;

  ShelterMaterials(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Each item's total and monthly quantities over {@code period}, items in name order. */
  MaterialsReceived received(ShelterId shelter, ReceiptPeriod period) {
    MapSqlParameterSource parameters =
        period.bind(new MapSqlParameterSource("shelter", shelter.value()));
    Long deliveries =
        jdbc.queryForObject(
            "SELECT count(DISTINCT d.delivery_id)" + ACKNOWLEDGED + period.condition(),
            parameters,
            Long.class);
    Map<List<String>, List<MonthReceived>> months = new LinkedHashMap<>();
    jdbc.query(
            "SELECT i.description, i.unit, date_trunc('month', d.received_on)::date AS received_month,"
                + " trim_scale(sum(i.acknowledged_quantity)) AS received_acknowledged_quantity"
                + ACKNOWLEDGED
                + period.condition()
                + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            parameters,
            Rows.of(ItemMonth.class))
        .forEach(
            row ->
                months
                    .computeIfAbsent(
                        List.of(row.description(), row.unit()), item -> new ArrayList<>())
                    .add(row.received()));
    List<ItemReceived> items = new ArrayList<>();
    months.forEach(
        (item, byMonth) ->
            items.add(
                new ItemReceived(
                    item.get(0),
                    item.get(1),
                    byMonth.stream()
                        .map(MonthReceived::acknowledgedQuantity)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                    List.copyOf(byMonth))));
    return new MaterialsReceived(
        period.from(), period.to(), deliveries == null ? 0 : deliveries, List.copyOf(items));
  }

  /** One page of acknowledged lines, newest receipt first, then by delivery and line. */
  ShelterMaterialsPage lines(FindShelterMaterialsQuery query) {
    MapSqlParameterSource parameters =
        query
            .period()
            .bind(new MapSqlParameterSource("shelter", query.shelterId().value()))
            .addValue("item", query.item())
            .addValue("limit", query.size())
            .addValue("offset", query.offset());
    String where =
        ACKNOWLEDGED
            + query.period().condition()
            + (query.item() == null ? "" : " AND i.description = :item");
    Long total = jdbc.queryForObject("SELECT count(*)" + where, parameters, Long.class);
    List<MaterialLine> lines =
        jdbc.query(
            "SELECT d.delivery_id, d.received_on, i.line AS item_line,"
                + " i.description AS item_description, i.unit AS item_unit,"
                + " trim_scale(i.planned_quantity) AS item_planned_quantity,"
                + " trim_scale(i.acknowledged_quantity) AS item_acknowledged_quantity,"
                + " i.discrepancy_note AS item_discrepancy_note"
                + where
                + " ORDER BY d.received_on DESC, d.delivery_id, i.line LIMIT :limit OFFSET :offset",
            parameters,
            Rows.of(MaterialLine.class));
    long totalElements = total == null ? 0 : total;
    return new ShelterMaterialsPage(
        query.shelterId(),
        query.item(),
        query.period().from(),
        query.period().to(),
        lines,
        query.page(),
        query.size(),
        totalElements,
        (int) ((totalElements + query.size() - 1) / query.size()));
  }

  /** An item's acknowledged quantity in one month. */
  private record ItemMonth(String description, String unit, MonthReceived received) {}
}
