package mx.bitacora.query.commission;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A range of business time the overview counts (when things happened: a referral's stated issue
 * time, else its record time; a delivery's date; a session's date, at the start of its UTC day),
 * {@code from} inclusive, {@code to} exclusive, either end open; one that ends before it starts is
 * a malformed parameter.
 */
record OverviewPeriod(Instant from, Instant to) {

  OverviewPeriod {
    if (from != null && to != null && from.isAfter(to)) {
      throw new Reversed();
    }
  }

  /** A date column as the instant its UTC day starts. */
  static String dayStart(String dateColumn) {
    return "(" + dateColumn + "::timestamp AT TIME ZONE 'UTC')";
  }

  /** The condition on {@code businessTime}, an SQL expression of a timestamp. */
  String within(String businessTime) {
    return (from == null ? "TRUE" : businessTime + " >= :from")
        + " AND "
        + (to == null ? "TRUE" : businessTime + " < :to");
  }

  MapSqlParameterSource bind(MapSqlParameterSource parameters) {
    return parameters
        .addValue("from", from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
        .addValue("to", to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
  }

  /** Thrown for a range that ends before it starts. */
  static final class Reversed extends RuntimeException {
    Reversed() {
      super("from is after to", null, false, false);
    }
  }
}
