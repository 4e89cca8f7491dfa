package mx.bitacora.query.myagency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A range of business time ({@code from}, {@code to}: when things happened in the world) and one of
 * record time ({@code recordedFrom}, {@code recordedTo}), each {@code from} inclusive and {@code
 * to} exclusive, any end open; a range whose start is after its end is refused as a malformed
 * parameter. A fact dated by day happened at the start of that UTC day.
 */
record ActivityPeriod(Instant from, Instant to, Instant recordedFrom, Instant recordedTo) {

  ActivityPeriod {
    if (reversed(from, to) || reversed(recordedFrom, recordedTo)) {
      throw new Reversed();
    }
  }

  /** A range of business time only. */
  ActivityPeriod(Instant from, Instant to) {
    this(from, to, null, null);
  }

  /** The condition on the activity's {@code business_at} and {@code recorded_at}, binding ends. */
  String condition(MapSqlParameterSource parameters) {
    return bound(parameters, "business_at", "from", from, "to", to)
        + " AND "
        + bound(parameters, "recorded_at", "recordedFrom", recordedFrom, "recordedTo", recordedTo);
  }

  private static String bound(
      MapSqlParameterSource parameters,
      String column,
      String fromName,
      Instant start,
      String toName,
      Instant end) {
    parameters.addValue(
        fromName, start == null ? null : OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
    parameters.addValue(toName, end == null ? null : OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
    return (start == null ? "TRUE" : column + " >= :" + fromName)
        + " AND "
        + (end == null ? "TRUE" : column + " < :" + toName);
  }

  private static boolean reversed(Instant start, Instant end) {
    return start != null && end != null && start.isAfter(end);
  }

  /** Thrown for a range that ends before it starts. */
  static final class Reversed extends RuntimeException {
    Reversed() {
      super("from is after to", null, false, false);
    }
  }
}
