package mx.bitacora.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One recorded fact about an aggregate (a delivery, a referral): its place in the aggregate's
 * history and in the event log, what it said ({@code summary}), when it was recorded, and who
 * recorded it for which agency and request (none for the platform's own facts).
 */
public record HistoryEntry(
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
