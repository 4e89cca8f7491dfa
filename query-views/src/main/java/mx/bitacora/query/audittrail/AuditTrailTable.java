package mx.bitacora.query.audittrail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.eventfacts.EventFacts;
import mx.bitacora.query.tracking.DeferredInserts;
import mx.bitacora.query.tracking.DeferredInserts.AppendOnce;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * Writes one row per event into {@code audit_trail}, keyed by the position the event was stored at
 * (an event it cannot read has a row saying so, completed once it is read); the same event already
 * there is left as it is, so a replay changes nothing, and another event at its position or the
 * event at another position stops the processor. A processor's batch inserts its rows together as
 * it commits ({@link DeferredInserts}).
 */
@Repository
class AuditTrailTable {

  private static final String SAME_EVENT_STORED =
      """
      SELECT EXISTS (
          SELECT 1 FROM audit_trail WHERE position = :position AND event_id = :eventId)
      """;

  /** An event's row; it completes the unreadable row of the same event, if there is one. */
  private static final AppendOnce INSERT =
      new AppendOnce(
          """
          INSERT INTO audit_trail (
              position, event_id, event_type, aggregate_type, aggregate_id, sequence_number,
              business_time, recorded_at, actor, actor_agency, actor_roles, request_id,
              correlation_id, agencies, corrects)
          VALUES (
              :position, :eventId, :eventType, :aggregateType, :aggregateId, :sequence,
              :businessTime, :recordedAt, :actor, :actorAgency, :actorRoles, :requestId,
              :correlationId, :agencies, :corrects)
          ON CONFLICT (position) DO UPDATE
             SET event_type = EXCLUDED.event_type, aggregate_id = EXCLUDED.aggregate_id,
                 business_time = EXCLUDED.business_time, actor = EXCLUDED.actor,
                 actor_agency = EXCLUDED.actor_agency, actor_roles = EXCLUDED.actor_roles,
                 request_id = EXCLUDED.request_id, correlation_id = EXCLUDED.correlation_id,
                 agencies = EXCLUDED.agencies, corrects = EXCLUDED.corrects,
                 unreadable_cause = NULL
           WHERE audit_trail.event_id = EXCLUDED.event_id
             AND audit_trail.unreadable_cause IS NOT NULL
          """,
          SAME_EVENT_STORED);

  /** The row of an event that could not be read: its envelope as stored and the error's class. */
  private static final AppendOnce INSERT_UNREADABLE =
      new AppendOnce(
          """
          INSERT INTO audit_trail (
              position, event_id, event_type, aggregate_type, aggregate_id, sequence_number,
              recorded_at, actor_roles, agencies, unreadable_cause)
          SELECT e.global_index, e.event_identifier,
                 substring(e.payload_type from '[^.$]+$'), e.type,
                 CASE WHEN e.type = 'CaseErasure' THEN NULL ELSE e.aggregate_identifier END,
                 e.sequence_number, :recordedAt, '{}', '{}', :cause
            FROM event_store.domain_event_entry e
           WHERE e.event_identifier = :eventId
          ON CONFLICT DO NOTHING
          """,
          """
          SELECT EXISTS (SELECT 1 FROM audit_trail WHERE event_id = :eventId)
          """);

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

  /**
   * Records that {@code event} is in the log but could not be read ({@code failure}): its position,
   * id, type, aggregate and sequence as stored, none of its facts, and the error's class.
   */
  void recordUnreadable(DomainEventMessage<?> event, Exception failure) {
    inserts.insert(
        INSERT_UNREADABLE,
        new MapSqlParameterSource("eventId", event.getIdentifier())
            .addValue("recordedAt", OffsetDateTime.ofInstant(event.getTimestamp(), ZoneOffset.UTC))
            .addValue("cause", failure.getClass().getName()));
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
