package mx.bitacora.query.shelters;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The business dates of receipt to count, both inclusive, either end open when null; a period whose
 * {@code from} is after its {@code to} is a malformed parameter.
 */
record ReceiptPeriod(LocalDate from, LocalDate to) {

  ReceiptPeriod {
    if (from != null && to != null && from.isAfter(to)) {
      throw new ConstraintViolationException("from is after to", Set.of());
    }
  }

  /** The condition on {@code shelter_delivery} aliased {@code d}, ANDed to the query. */
  String condition() {
    return (from == null ? "" : " AND d.received_on >= :from")
        + (to == null ? "" : " AND d.received_on <= :to");
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return parameters.addValue("from", from).addValue("to", to);
  }
}
