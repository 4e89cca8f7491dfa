package mx.bitacora.platform.eventstore;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedObject;

/**
 * A stored event whose timestamp is parsed once, on first use, with {@link StoredTimestamps}:
 * Axon's entries parse their timestamp text again on every call, several times per event and
 * reader.
 */
final class TimestampReadOnce<T> implements DomainEventData<T> {

  private final DomainEventData<T> stored;
  private Instant timestamp;
  private SerializedObject<T> metaData;

  TimestampReadOnce(DomainEventData<T> stored, Object storedTimestamp) {
    this.stored = stored;
    this.timestamp =
        storedTimestamp instanceof CharSequence text ? StoredTimestamps.parse(text) : null;
  }

  @Override
  public Instant getTimestamp() {
    if (timestamp == null) {
      timestamp = stored.getTimestamp();
    }
    return timestamp;
  }

  @Override
  public String getType() {
    return stored.getType();
  }

  @Override
  public String getAggregateIdentifier() {
    return stored.getAggregateIdentifier();
  }

  @Override
  public long getSequenceNumber() {
    return stored.getSequenceNumber();
  }

  @Override
  public String getEventIdentifier() {
    return stored.getEventIdentifier();
  }

  /** This event, its metadata carrying {@code position} ({@link StoredPosition}). */
  TimestampReadOnce<T> storedAt(long position) {
    metaData = StoredPosition.addedTo(stored.getMetaData(), position);
    return this;
  }

  @Override
  public SerializedObject<T> getMetaData() {
    return metaData != null ? metaData : stored.getMetaData();
  }

  @Override
  public SerializedObject<T> getPayload() {
    return stored.getPayload();
  }
}
