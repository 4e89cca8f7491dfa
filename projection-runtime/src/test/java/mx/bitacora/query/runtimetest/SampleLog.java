package mx.bitacora.query.runtimetest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends shelter registrations, the events the sample projection applies, as command-service
 * stores them (aggregate type {@code Shelter}, stream {@code shelter:<id>}, sequence 0): one at a
 * time, several in one transaction, or one in a transaction the caller commits later.
 */
public final class SampleLog {

  /** The processing group of the sample projection. */
  public static final String GROUP = ProcessingGroups.SHELTERS;

  private static final String AGGREGATE_TYPE = "Shelter";
  private static final AgencyId OPERATOR = new AgencyId("dif-benito-juarez");
  private static final Map<String, Object> ORIGIN =
      Map.of("actor", "runtime-test", "actorAgency", OPERATOR.value(), "requestId", "req-test");

  private final EventStore eventStore;
  private final TransactionManager transactions;
  private final JdbcTemplate jdbc;

  SampleLog(EventStore eventStore, TransactionManager transactions, JdbcTemplate jdbc) {
    this.eventStore = eventStore;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** A shelter id no other test uses. */
  public static ShelterId newShelter() {
    return new ShelterId("albergue-" + UUID.randomUUID().toString().substring(0, 8));
  }

  /** The registration of {@code shelter} under {@code name}. */
  public static ShelterRegisteredEvent registered(ShelterId shelter, String name) {
    return new ShelterRegisteredEvent(
        shelter,
        name,
        ShelterKind.ALBERGUE,
        OPERATOR,
        "Benito Juárez",
        "Quintana Roo",
        20,
        true,
        new EncryptedLocation(null));
  }

  /** Appends the registration in a transaction of its own; returns its log position. */
  public long append(ShelterRegisteredEvent registered) {
    eventStore.publish(message(registered, 0));
    return positionOf(registered.shelterId());
  }

  /**
   * Appends the events in one transaction, so the processor finds them all at once; each is the
   * next of its shelter's stream (the first sequence 0, then 1, and so on).
   */
  public void appendTogether(List<ShelterRegisteredEvent> events) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(transactions);
    unitOfWork.execute(
        () -> {
          Map<ShelterId, Long> next = new HashMap<>();
          for (ShelterRegisteredEvent event : events) {
            long sequence = next.merge(event.shelterId(), 1L, Long::sum) - 1;
            eventStore.publish(message(event, sequence));
          }
        });
  }

  /**
   * Inserts the registration as Axon's JDBC engine would, on {@code connection} (not
   * auto-committing): it takes its log position now and becomes visible only when the caller
   * commits, after events appended later. Returns the position it took.
   */
  public static long appendWithoutCommitting(
      Connection connection, Serializer eventSerializer, ShelterRegisteredEvent registered)
      throws SQLException {
    String eventId = UUID.randomUUID().toString();
    SerializedObject<byte[]> payload = eventSerializer.serialize(registered, byte[].class);
    SerializedObject<byte[]> meta = eventSerializer.serialize(MetaData.from(ORIGIN), byte[].class);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO event_store.domain_event_entry (event_identifier, meta_data, payload,"
                + " payload_revision, payload_type, time_stamp, aggregate_identifier,"
                + " sequence_number, type) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"
                + " RETURNING global_index")) {
      insert.setString(1, eventId);
      insert.setBytes(2, meta.getData());
      insert.setBytes(3, payload.getData());
      insert.setString(4, payload.getType().getRevision());
      insert.setString(5, payload.getType().getName());
      insert.setString(6, Instant.now().toString());
      insert.setString(7, streamOf(registered.shelterId()));
      insert.setString(8, AGGREGATE_TYPE);
      try (ResultSet stored = insert.executeQuery()) {
        stored.next();
        return stored.getLong(1);
      }
    }
  }

  /** The log position of the shelter's latest event. */
  public long positionOf(ShelterId shelter) {
    return jdbc.queryForObject(
        "SELECT max(global_index) FROM event_store.domain_event_entry"
            + " WHERE aggregate_identifier = ?",
        Long.class,
        streamOf(shelter));
  }

  /** The stream command-service stores a shelter's events under. */
  public static String streamOf(ShelterId shelter) {
    return "shelter:" + shelter.value();
  }

  private static GenericDomainEventMessage<ShelterRegisteredEvent> message(
      ShelterRegisteredEvent registered, long sequence) {
    return new GenericDomainEventMessage<>(
        AGGREGATE_TYPE,
        streamOf(registered.shelterId()),
        sequence,
        registered,
        ORIGIN,
        UUID.randomUUID().toString(),
        Instant.now());
  }
}
