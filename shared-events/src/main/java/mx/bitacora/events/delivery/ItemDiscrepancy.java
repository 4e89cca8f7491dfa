package mx.bitacora.events.delivery;

import java.math.BigDecimal;

/** What the shelter actually received of one delivery line, when it differs from the plan. */
public record ItemDiscrepancy(int line, BigDecimal receivedQuantity, String note) {}
