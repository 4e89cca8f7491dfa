package mx.bitacora.query.deadletters;

import java.time.Instant;

/** Who set a dead-lettered event aside for good, when, and why. */
public record DeadLetterResolution(
    String processingGroup,
    String eventId,
    Long position,
    String resolvedBy,
    String resolvedByAgency,
    String reason,
    Instant resolvedAt) {}
