package mx.bitacora.query.integrity;

/**
 * One row of {@code event_store.domain_event_entry} exactly as stored: the bytes a seal covers, not
 * a deserialized event, so ciphertext is chained as ciphertext and nothing is normalized away.
 */
record StoredEvent(
    long position,
    String eventIdentifier,
    String aggregateIdentifier,
    long sequenceNumber,
    String aggregateType,
    String payloadType,
    String payloadRevision,
    byte[] payload,
    byte[] metaData,
    String timestamp) {}
