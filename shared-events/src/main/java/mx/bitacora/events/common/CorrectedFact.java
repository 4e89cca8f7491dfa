package mx.bitacora.events.common;

/**
 * The earlier event a correction or voiding names: its event identifier and its sequence number in
 * the same aggregate's stream. The original itself is never changed.
 */
public record CorrectedFact(String eventId, long sequenceNumber) {}
