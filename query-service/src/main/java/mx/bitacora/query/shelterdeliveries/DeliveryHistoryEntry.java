package mx.bitacora.query.shelterdeliveries;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One recorded fact about a delivery: its place in the delivery's history and the event log, what
 * it said ({@code summary}), when it was recorded, and who recorded it for which agency and
 * request.
 */
public record DeliveryHistoryEntry(
    long sequenceNumber,
    Long globalPosition,
    String type,
    JsonNode summary,
    Instant recordedAt,
    String actor,
    String actorAgency,
    List<String> actorRoles,
    String requestId,
    String correlationId) {}
