package mx.bitacora.query.shelters;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item (description and unit, as the deliveries name it): the quantity acknowledged in total
 * and per month of receipt, oldest month first.
 */
public record ItemReceived(
    String description,
    String unit,
    BigDecimal acknowledgedQuantity,
    List<MonthReceived> byMonth) {}
