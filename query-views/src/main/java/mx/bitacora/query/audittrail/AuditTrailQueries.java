package mx.bitacora.query.audittrail;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import mx.bitacora.query.deadletters.DeadLetterResolution;
import mx.bitacora.query.deadletters.DeadLetters;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers audit-trail queries from the read model, in ascending log position and never beyond the
 * {@link AuditTrailHorizon}, so that a cursor taken from one answer continues exactly where it
 * stopped however many events arrive in between. Each answer reads one snapshot.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class AuditTrailQueries {

  private static final RowMapper<AuditTrailEntry> ENTRY = Rows.of(AuditTrailEntry.class);

  /** How many rows an export fetches from the database at a time. */
  private static final int EXPORT_FETCH_SIZE = 500;

  private static final String ENTRIES =
      """
      SELECT a.position, a.event_id, a.event_type, a.aggregate_type, a.aggregate_id,
             a.sequence_number, a.business_time, a.recorded_at, a.actor, a.actor_agency,
             a.actor_roles, a.request_id, a.correlation_id, a.agencies, a.corrects,
             a.unreadable_cause, NULL AS unreadable_resolution,
             ARRAY(SELECT c.event_id FROM audit_trail c
                   WHERE c.corrects = a.event_id AND c.position <= :horizon
                   ORDER BY c.position) AS corrected_by
      FROM audit_trail a
      WHERE a.position > :after AND a.position <= :horizon AND %s
      ORDER BY a.position
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate streaming;
  private final AuditTrailHorizon horizon;
  private final DeadLetters deadLetters;

  AuditTrailQueries(
      NamedParameterJdbcTemplate jdbc,
      DataSource dataSource,
      AuditTrailHorizon horizon,
      DeadLetters deadLetters) {
    this.jdbc = jdbc;
    this.deadLetters = deadLetters;
    JdbcTemplate fetchingInBatches = new JdbcTemplate(dataSource);
    fetchingInBatches.setFetchSize(EXPORT_FETCH_SIZE);
    this.streaming = new NamedParameterJdbcTemplate(fetchingInBatches);
    this.horizon = horizon;
  }

  /** At most {@code limit} events after position {@code after} that match {@code filter}. */
  AuditTrailPage page(AuditTrailFilter filter, long after, int limit) {
    MapSqlParameterSource parameters = bounds(after, horizon.current());
    String condition = filter.condition(parameters);
    List<AuditTrailEntry> events =
        jdbc.query(
            ENTRIES.formatted(condition) + " LIMIT :limit",
            parameters.addValue("limit", limit),
            ENTRY);
    events = withResolutions(events);
    long nextCursor = events.isEmpty() ? after : events.get(events.size() - 1).position();
    return new AuditTrailPage(events, after, limit, nextCursor);
  }

  /** The position through which an export started now will hold every matching event. */
  long horizon() {
    return horizon.current();
  }

  /**
   * Hands every event matching {@code filter} up to position {@code through}, in order, to {@code
   * sink} as it is read: the rows are fetched in batches, never held all at once.
   */
  void export(AuditTrailFilter filter, long through, Consumer<AuditTrailEntry> sink) {
    MapSqlParameterSource parameters = bounds(0, through);
    String condition = filter.condition(parameters);
    RowCallbackHandler each =
        rs -> sink.accept(withResolutions(List.of(ENTRY.mapRow(rs, rs.getRow()))).get(0));
    streaming.query(ENTRIES.formatted(condition), parameters, each);
  }

  /** The entries, each unreadable one with the resolution an administrator recorded, if any. */
  private List<AuditTrailEntry> withResolutions(List<AuditTrailEntry> entries) {
    List<Long> unreadable =
        entries.stream()
            .filter(e -> e.unreadable() != null)
            .map(AuditTrailEntry::position)
            .toList();
    if (unreadable.isEmpty()) {
      return entries;
    }
    Map<Long, DeadLetterResolution> resolutions = deadLetters.resolutionsAt(unreadable);
    return entries.stream()
        .map(
            e ->
                e.unreadable() == null || !resolutions.containsKey(e.position())
                    ? e
                    : e.withUnreadable(
                        new AuditTrailEntry.Unreadable(
                            e.unreadable().cause(), resolutions.get(e.position()))))
        .toList();
  }

  private static MapSqlParameterSource bounds(long after, long through) {
    return new MapSqlParameterSource("after", after).addValue("horizon", through);
  }
}
