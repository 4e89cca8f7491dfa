package mx.bitacora.command.delivery;

import java.math.BigDecimal;

/** The corrected planned quantity of one delivery line. */
record PlannedQuantity(int line, BigDecimal quantity) {}
