package mx.bitacora.query.shelterdeliveries;

import java.math.BigDecimal;

/**
 * One line of a delivery: what was planned and, once the shelter acknowledged receipt, how much
 * arrived ({@code acknowledgedQuantity} is null until then) and any note on a discrepancy.
 */
public record DeliveryLine(
    int line,
    String description,
    String unit,
    BigDecimal plannedQuantity,
    BigDecimal acknowledgedQuantity,
    String discrepancyNote) {}
