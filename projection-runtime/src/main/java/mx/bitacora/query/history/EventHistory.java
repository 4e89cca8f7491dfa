package mx.bitacora.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import mx.bitacora.query.tracking.DeferredInserts;
import mx.bitacora.query.tracking.DeferredInserts.AppendOnce;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One history table of the read model, keyed by an aggregate's id and each event's sequence number.
 * An event is appended once: the same event already in the history (same sequence, same log
 * position) is left as it is, so a replay adds nothing; a different one stops the processor.
 */
public final class EventHistory {

  private static final Pattern SQL_NAME = Pattern.compile("[a-z_]+(\\.[a-z_]+)?");

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;
  private final HistorySummaries summaries;
  private final String idProperty;
  private final String table;
  private final String idColumn;
  private final DeferredInserts appends;
  private final AppendOnce insert;

  /** The history kept in {@code table}, whose aggregate id column is {@code idColumn}, to read. */
  public EventHistory(
      NamedParameterJdbcTemplate jdbc, ObjectMapper json, String table, String idColumn) {
    this(jdbc, json, table, idColumn, null);
  }

  /**
   * As {@link #EventHistory(NamedParameterJdbcTemplate, ObjectMapper, String, String)}, to write.
   */
  public EventHistory(
      NamedParameterJdbcTemplate jdbc,
      ObjectMapper json,
      String table,
      String idColumn,
      DeferredInserts appends) {
    if (!SQL_NAME.matcher(table).matches() || !SQL_NAME.matcher(idColumn).matches()) {
      throw new IllegalArgumentException("not a table and column name");
    }
    this.jdbc = jdbc;
    this.json = json;
    this.summaries = new HistorySummaries(json);
    this.idProperty = camelCase(idColumn);
    this.table = table;
    this.idColumn = idColumn;
    this.appends = appends;
    this.insert =
        new AppendOnce(
            """
            INSERT INTO %1$s (
                %2$s, sequence_number, global_position, event_type, summary, recorded_at,
                actor, actor_agency, actor_roles, request_id, correlation_id)
            VALUES (
                :id, :sequence, :globalPosition, :type, CAST(:summary AS jsonb), :recordedAt,
                :actor, :actorAgency, :actorRoles, :requestId, :correlationId)
            ON CONFLICT (%2$s, sequence_number) DO NOTHING
            """
                .formatted(table, idColumn),
            """
            SELECT EXISTS (
                SELECT 1 FROM %1$s
                WHERE %2$s = :id AND sequence_number = :sequence
                  AND global_position IS NOT DISTINCT FROM :globalPosition)
            """
                .formatted(table, idColumn));
  }

  /**
   * Appends {@code event}, recorded as {@code recorded}, to aggregate {@code id}'s history, unless
   * it is there; a processor's batch inserts its appends together as it commits ({@link
   * DeferredInserts}). Its type is the event class's simple name (e.g. {@code
   * ReferralIssuedEvent}), its summary the event's fields ({@link HistorySummaries}).
   */
  public void append(Object id, Object event, RecordedEvent recorded) {
    if (appends == null) {
      throw new IllegalStateException("this history of " + table + " is for reading");
    }
    appends.insert(
        insert,
        new MapSqlParameterSource("id", id)
            .addValue("sequence", recorded.sequenceNumber())
            .addValue("globalPosition", recorded.globalPosition())
            .addValue("type", event.getClass().getSimpleName())
            .addValue("summary", asJson(summaries.of(event, idProperty)))
            .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
            .addValue("actor", recorded.actor())
            .addValue("actorAgency", recorded.actorAgency())
            .addValue("actorRoles", recorded.actorRoles().toArray(String[]::new))
            .addValue("requestId", recorded.requestId())
            .addValue("correlationId", recorded.correlationId()));
  }

  /** Aggregate {@code id}'s history, in the order its facts were recorded. */
  public List<HistoryEntry> of(Object id) {
    return jdbc.query(
        """
        SELECT sequence_number, global_position, event_type, summary, recorded_at, actor,
               actor_agency, actor_roles, request_id, correlation_id
        FROM %s
        WHERE %s = :id
        ORDER BY sequence_number
        """
            .formatted(table, idColumn),
        new MapSqlParameterSource("id", id),
        // By hand: the summary is a JSON column, read as a tree by the service's ObjectMapper.
        (rs, n) ->
            new HistoryEntry(
                rs.getLong("sequence_number"),
                rs.getObject("global_position", Long.class),
                rs.getString("event_type"),
                readTree(rs.getString("summary")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("actor_agency"),
                texts(rs.getArray("actor_roles")),
                rs.getString("request_id"),
                rs.getString("correlation_id")));
  }

  private static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** The event's property for the id column, e.g. {@code referralId} for {@code referral_id}. */
  private static String camelCase(String column) {
    String name = column.substring(column.lastIndexOf('.') + 1);
    StringBuilder property = new StringBuilder();
    for (String word : name.split("_")) {
      property.append(
          property.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return property.toString();
  }

  private String asJson(JsonNode summary) {
    try {
      return json.writeValueAsString(summary);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a history summary", e);
    }
  }

  private JsonNode readTree(String value) {
    try {
      return json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable JSON in the read model", e);
    }
  }
}
