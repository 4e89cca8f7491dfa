package mx.bitacora.query.myagency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A range of record time, {@code from} inclusive and {@code to} exclusive, either end open; a range
 * whose {@code from} is after its {@code to} is refused as a malformed parameter.
 */
record ActivityPeriod(Instant from, Instant to) {

  ActivityPeriod {
    if (from != null && to != null && from.isAfter(to)) {
      throw new Reversed();
    }
  }

  /** The condition on the activity's {@code recorded_at}, binding its ends. */
  String condition(MapSqlParameterSource parameters) {
    parameters.addValue(
        "from", from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    parameters.addValue("to", to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
    return (from == null ? "TRUE" : "recorded_at >= :from")
        + " AND "
        + (to == null ? "TRUE" : "recorded_at < :to");
  }

  /** Thrown for a range that ends before it starts. */
  static final class Reversed extends RuntimeException {
    Reversed() {
      super("from is after to", null, false, false);
    }
  }
}
