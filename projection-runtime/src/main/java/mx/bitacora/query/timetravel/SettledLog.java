package mx.bitacora.query.timetravel;

import java.sql.Timestamp;
import java.time.Instant;
import mx.bitacora.query.tracking.SettledPositions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the event log is settled ({@link SettledPositions}): no event can ever appear at or below
 * that position, so a replay through it always sees the same events.
 */
class SettledLog {

  private final JdbcTemplate jdbc;
  private final SettledPositions settled;

  SettledLog(JdbcTemplate jdbc, SettledPositions settled) {
    this.jdbc = jdbc;
    this.settled = settled;
  }

  /** The last settled position; 0 before anything is settled. */
  long settledThrough() {
    return settled.settledThrough();
  }

  /** The last position of an event stored with a record time at or before {@code instant}. */
  long lastRecordedBy(Instant instant) {
    // Axon stores the record time as ISO-8601 text: compared as text, 10:00:00Z sorts after
    // 10:00:00.5Z, so it is compared as a time.
    return jdbc.queryForObject(
        "SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry"
            + " WHERE time_stamp::timestamptz <= ?",
        Long.class,
        Timestamp.from(instant));
  }
}
