package mx.bitacora.query.audittrail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which events of the audit trail to read: involving an agency (acting or named), recorded by one
 * actor, of one event type, of one aggregate type or aggregate, recorded in {@code [from, to)}.
 * Every part is optional; together they are ANDed.
 */
record AuditTrailFilter(
    AgencyId agency,
    String actor,
    String eventType,
    String aggregateType,
    String aggregateId,
    Instant from,
    Instant to) {

  AuditTrailFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new RangeReversed();
    }
  }

  /** The SQL condition on {@code audit_trail} aliased {@code a}, binding its values. */
  String condition(MapSqlParameterSource parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("TRUE");
    if (agency != null) {
      conditions.add("a.agencies @> ARRAY[CAST(:agency AS text)]");
      parameters.addValue("agency", agency.value());
    }
    if (actor != null) {
      conditions.add("a.actor = :actor");
      parameters.addValue("actor", actor);
    }
    if (eventType != null) {
      conditions.add("a.event_type = :eventType");
      parameters.addValue("eventType", eventType);
    }
    if (aggregateType != null) {
      conditions.add("a.aggregate_type = :aggregateType");
      parameters.addValue("aggregateType", aggregateType);
    }
    if (aggregateId != null) {
      conditions.add("a.aggregate_id = :aggregateId");
      parameters.addValue("aggregateId", aggregateId);
    }
    if (from != null) {
      conditions.add("a.recorded_at >= :from");
      parameters.addValue("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    }
    if (to != null) {
      conditions.add("a.recorded_at < :to");
      parameters.addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
    }
    return String.join(" AND ", conditions);
  }

  /** The filters given, by parameter name, as the access log records them. */
  Map<String, String> asParameters() {
    Map<String, String> given = new LinkedHashMap<>();
    putIfGiven(given, "agency", agency == null ? null : agency.value());
    putIfGiven(given, "actor", actor);
    putIfGiven(given, "eventType", eventType);
    putIfGiven(given, "aggregateType", aggregateType);
    putIfGiven(given, "aggregateId", aggregateId);
    putIfGiven(given, "from", from == null ? null : from.toString());
    putIfGiven(given, "to", to == null ? null : to.toString());
    return given;
  }

  private static void putIfGiven(Map<String, String> given, String name, String value) {
    if (value != null) {
      given.put(name, value);
    }
  }

  /** {@code from} after {@code to}: a malformed parameter, refused before anything is read. */
  static final class RangeReversed extends RuntimeException {
    RangeReversed() {
      super("the time range ends before it starts");
    }
  }
}
