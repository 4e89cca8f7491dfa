package mx.bitacora.query.timetravel;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the event log is settled: the integrity sealer extends its chain in position order and
 * seals a hole only once no transaction can still fill it, so no event can ever appear at or below
 * the chain's end. A replay through a settled position therefore always sees the same events.
 */
class SettledLog {

  private final JdbcTemplate jdbc;

  SettledLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The end of the seal chain; 0 before anything is sealed. */
  long settledThrough() {
    return jdbc.queryForObject(
        "SELECT coalesce(max(position), 0) FROM integrity.event_seal", Long.class);
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
