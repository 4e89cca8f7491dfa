package mx.bitacora.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.testsupport.FreshDatabase;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * B4: one reader, no framework around it, doing the core of a rebuild: every stored event read in
 * global order, its payload and metadata deserialized with Axon's {@link JacksonSerializer} into
 * the shared-events records, and batched upserts (1,000 events a transaction) into copies of the
 * audit trail and the delivery and referral histories ({@code CREATE TABLE … (LIKE read_model.…
 * INCLUDING ALL)}: same columns and indexes). It writes no summary rows (delivery, referral,
 * training, agency), which the real projections also keep.
 */
public final class RawReplay {

  private static final int BATCH = 1000;
  private static final String AUDIT =
      "insert into baseline.audit_trail (position, event_id, event_type, aggregate_type,"
          + " aggregate_id, sequence_number, recorded_at, actor, actor_agency, actor_roles,"
          + " request_id, correlation_id, agencies) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " on conflict (position) do update set event_type = excluded.event_type,"
          + " actor = excluded.actor, agencies = excluded.agencies";
  private static final String HISTORY =
      " (%s, sequence_number, global_position, event_type, summary, recorded_at, actor,"
          + " actor_agency, actor_roles, request_id, correlation_id)"
          + " values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?) on conflict do nothing";

  private final FreshDatabase database;
  private final JacksonSerializer serializer;

  public RawReplay(FreshDatabase database) {
    this.database = database;
    ObjectMapper mapper =
        new ObjectMapper()
            .findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.serializer = JacksonSerializer.builder().objectMapper(mapper).build();
  }

  /** What the replay did; {@code complete} is false when the time limit stopped it. */
  public record ReplayResult(
      long events, long undeserializable, double seconds, double perSecond, boolean complete) {}

  /**
   * Creates the copies (empty) and replays every stored event into them, stopping after {@code
   * limitSeconds}.
   */
  public ReplayResult run(double limitSeconds) throws SQLException {
    try (Connection reader = database.connect();
        Connection writer = database.connect()) {
      try (Statement ddl = writer.createStatement()) {
        ddl.execute("create schema if not exists baseline");
        for (String table : List.of("audit_trail", "delivery_history", "referral_history")) {
          ddl.execute("drop table if exists baseline." + table);
          ddl.execute(
              "create table baseline.%s (like read_model.%s including all)"
                  .formatted(table, table));
        }
      }
      reader.setAutoCommit(false);
      writer.setAutoCommit(false);
      long start = System.nanoTime();
      long limit = start + (long) (limitSeconds * 1e9);
      boolean complete = true;
      long events = 0;
      long undeserializable = 0;
      try (Statement read = reader.createStatement();
          PreparedStatement audit = writer.prepareStatement(AUDIT);
          PreparedStatement deliveries =
              writer.prepareStatement(
                  "insert into baseline.delivery_history" + HISTORY.formatted("delivery_id"));
          PreparedStatement referrals =
              writer.prepareStatement(
                  "insert into baseline.referral_history" + HISTORY.formatted("referral_id"))) {
        read.setFetchSize(BATCH);
        try (ResultSet rows =
            read.executeQuery(
                "select global_index, event_identifier, meta_data, payload, payload_revision,"
                    + " payload_type, time_stamp, aggregate_identifier, sequence_number, type"
                    + " from event_store.domain_event_entry order by global_index")) {
          while (rows.next()) {
            byte[] payload = rows.getBytes("payload");
            Object event;
            MetaData metaData;
            try {
              event =
                  serializer.deserialize(
                      new SimpleSerializedObject<>(
                          payload,
                          byte[].class,
                          rows.getString("payload_type"),
                          rows.getString("payload_revision")));
              metaData =
                  serializer.deserialize(
                      new SimpleSerializedObject<>(
                          rows.getBytes("meta_data"),
                          byte[].class,
                          MetaData.class.getName(),
                          null));
            } catch (RuntimeException e) {
              undeserializable++;
              continue;
            }
            long position = rows.getLong("global_index");
            String type = rows.getString("type");
            String eventType = event.getClass().getSimpleName();
            Timestamp recorded = Timestamp.from(Instant.parse(rows.getString("time_stamp")));
            Array roles = writer.createArrayOf("text", roles(metaData.get("actorRoles")));
            String agency = text(metaData.get("actorAgency"));
            audit.setLong(1, position);
            audit.setString(2, rows.getString("event_identifier"));
            audit.setString(3, eventType);
            audit.setString(4, type == null ? "" : type);
            audit.setString(5, rows.getString("aggregate_identifier"));
            audit.setLong(6, rows.getLong("sequence_number"));
            audit.setTimestamp(7, recorded);
            audit.setString(8, text(metaData.get("actor")));
            audit.setString(9, agency);
            audit.setArray(10, roles);
            audit.setString(11, text(metaData.get("requestId")));
            audit.setString(12, text(metaData.get("correlationId")));
            audit.setArray(
                13,
                writer.createArrayOf(
                    "text", agency == null ? new String[0] : new String[] {agency}));
            audit.addBatch();
            PreparedStatement history =
                "Delivery".equals(type) ? deliveries : "Referral".equals(type) ? referrals : null;
            if (history != null) {
              history.setObject(1, UUID.fromString(rows.getString("aggregate_identifier")));
              history.setLong(2, rows.getLong("sequence_number"));
              history.setLong(3, position);
              history.setString(4, eventType);
              history.setString(5, new String(payload, StandardCharsets.UTF_8));
              history.setTimestamp(6, recorded);
              history.setString(7, text(metaData.get("actor")));
              history.setString(8, agency);
              history.setArray(9, roles);
              history.setString(10, text(metaData.get("requestId")));
              history.setString(11, text(metaData.get("correlationId")));
              history.addBatch();
            }
            events++;
            if (events % BATCH == 0) {
              flush(writer, audit, deliveries, referrals);
              if (System.nanoTime() > limit) {
                complete = false;
                break;
              }
            }
          }
        }
        flush(writer, audit, deliveries, referrals);
      }
      reader.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new ReplayResult(events, undeserializable, seconds, events / seconds, complete);
    }
  }

  private static void flush(Connection writer, PreparedStatement... statements)
      throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
    writer.commit();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String[] roles(Object value) {
    if (value instanceof Collection<?> list) {
      return list.stream().map(Object::toString).toArray(String[]::new);
    }
    if (value instanceof Map<?, ?> || value == null) {
      return new String[0];
    }
    return value.toString().split(",");
  }
}
