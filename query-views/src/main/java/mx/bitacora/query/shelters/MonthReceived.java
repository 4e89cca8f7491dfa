package mx.bitacora.query.shelters;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The quantity of an item acknowledged in deliveries received in one month. */
public record MonthReceived(YearMonth month, BigDecimal acknowledgedQuantity) {}
