package mx.bitacora.query.deadletters;

import java.time.Instant;

/**
 * An event a processing group could not apply: where it is in the log, what it is, and the class of
 * the error (never its message, which may quote stored values). The aggregate id is left out when
 * it is a case reference.
 */
public record DeadLetterSummary(
    String processingGroup,
    String eventId,
    Long position,
    String eventType,
    String aggregateType,
    String aggregateId,
    Long sequenceNumber,
    String cause,
    Instant enqueuedAt,
    Instant lastTouched) {}
