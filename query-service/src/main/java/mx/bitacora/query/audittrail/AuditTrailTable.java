package mx.bitacora.query.audittrail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.tracking.DeferredInserts;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes one row per event into {@code audit_trail}, keyed by its log position; an event already
 * there is left as it is, so a replay changes nothing. A processor's batch inserts its rows
 * together as it commits ({@link DeferredInserts}).
 */
@Repository
class AuditTrailTable {

  private static final String INSERT =
      """
      INSERT INTO audit_trail (
          position, event_id, event_type, aggregate_type, aggregate_id, sequence_number,
          business_time, recorded_at, actor, actor_agency, actor_roles, request_id,
          correlation_id, agencies, corrects)
      VALUES (
          :position, :eventId, :eventType, :aggregateType, :aggregateId, :sequence,
          :businessTime, :recordedAt, :actor, :actorAgency, :actorRoles, :requestId,
          :correlationId, :agencies, :corrects)
      ON CONFLICT DO NOTHING
      """;

  private final DeferredInserts inserts;

  AuditTrailTable(DeferredInserts inserts) {
    this.inserts = inserts;
  }

  /** What a row says beyond where, when and by whom the event was recorded. */
  record Row(
      String eventId,
      String eventType,
      String aggregateType,
      String aggregateId,
      EventFacts facts) {}

  void record(Row row, RecordedEvent recorded) {
    if (recorded.globalPosition() == null) {
      throw new IllegalStateException("an audit-trail event must come with its log position");
    }
    inserts.insert(INSERT, values(row, recorded));
  }

  private static MapSqlParameterSource values(Row row, RecordedEvent recorded) {
    return new MapSqlParameterSource("position", recorded.globalPosition())
        .addValue("eventId", row.eventId())
        .addValue("eventType", row.eventType())
        .addValue("aggregateType", row.aggregateType())
        .addValue("aggregateId", row.aggregateId())
        .addValue("sequence", recorded.sequenceNumber())
        .addValue("businessTime", row.facts().businessTime())
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
        .addValue("actor", recorded.actor())
        .addValue("actorAgency", recorded.actorAgency())
        .addValue("actorRoles", recorded.actorRoles().toArray(String[]::new))
        .addValue("requestId", recorded.requestId())
        .addValue("correlationId", recorded.correlationId())
        .addValue("agencies", involved(recorded, row.facts()))
        .addValue("corrects", row.facts().corrects());
  }

  /** The acting agency first, then every agency the event names, each once. */
  private static String[] involved(RecordedEvent recorded, EventFacts facts) {
    Set<String> agencies = new LinkedHashSet<>();
    if (recorded.actorAgency() != null && !recorded.actorAgency().isBlank()) {
      agencies.add(recorded.actorAgency());
    }
    facts.namedAgencies().stream().map(AgencyId::value).forEach(agencies::add);
    return agencies.toArray(String[]::new);
  }
}
