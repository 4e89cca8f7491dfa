package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Appends each delivery event to the delivery's history, once: an event already in the history
 * (same delivery, same sequence number) is left as it is, so a replay adds nothing.
 */
@Repository
class DeliveryHistoryTable {

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;

  DeliveryHistoryTable(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void append(
      DeliveryId deliveryId, String type, Map<String, Object> summary, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO read_model.delivery_history (
            delivery_id, sequence_number, global_position, event_type, summary, recorded_at,
            actor, actor_agency, actor_roles, request_id, correlation_id)
        VALUES (
            :deliveryId, :sequence, :globalPosition, :type, CAST(:summary AS jsonb), :recordedAt,
            :actor, :actorAgency, :actorRoles, :requestId, :correlationId)
        ON CONFLICT (delivery_id, sequence_number) DO NOTHING
        """,
        new MapSqlParameterSource("deliveryId", deliveryId.value())
            .addValue("sequence", recorded.sequenceNumber())
            .addValue("globalPosition", recorded.globalPosition())
            .addValue("type", type)
            .addValue("summary", asJson(summary))
            .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
            .addValue("actor", recorded.actor())
            .addValue("actorAgency", recorded.actorAgency())
            .addValue("actorRoles", recorded.actorRoles().toArray(String[]::new))
            .addValue("requestId", recorded.requestId())
            .addValue("correlationId", recorded.correlationId()));
  }

  /** The type of the event recorded at {@code sequence}, if it has been applied. */
  Optional<String> typeAt(DeliveryId deliveryId, long sequence) {
    return jdbc
        .queryForList(
            """
            SELECT event_type FROM read_model.delivery_history
            WHERE delivery_id = :deliveryId AND sequence_number = :sequence
            """,
            new MapSqlParameterSource("deliveryId", deliveryId.value())
                .addValue("sequence", sequence),
            String.class)
        .stream()
        .findFirst();
  }

  private String asJson(Map<String, Object> summary) {
    try {
      return json.writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a history summary", e);
    }
  }
}
