package mx.bitacora.query.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides when a hole in the log's positions is permanent. A position is missing either because its
 * append is still in flight (it will commit late) or because the append rolled back (the sequence
 * value is lost for good). The sealer must never seal a late event's position as empty, so a hole
 * counts as permanent only once every transaction that was running when the hole was first seen has
 * ended (PostgreSQL's snapshot horizon has passed it) and a grace period has gone by (covering the
 * instant between an append taking its sequence value and its transaction id). No time-out: a slow
 * transaction holds sealing back for as long as it runs.
 */
final class GapWatch {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Duration grace;
  private final Map<Long, Sighting> sightings = new HashMap<>();

  GapWatch(JdbcTemplate jdbc, Clock clock, Duration grace) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.grace = grace;
  }

  /**
   * Whether positions {@code from}..{@code to} (missing when the caller read the log) are empty for
   * good. Called with a later event already visible, i.e. after the hole was read.
   */
  synchronized boolean isPermanent(long from, long to) {
    sightings.keySet().removeIf(position -> position < from);
    Sighting sighting = sightings.get(from);
    if (sighting == null) {
      sightings.put(from, new Sighting(clock.instant(), snapshotXmax()));
      return false;
    }
    if (clock.instant().isBefore(sighting.firstSeen().plus(grace))
        || oldestRunningTransaction() < sighting.xmax()) {
      return false;
    }
    // Every append that could have held these positions has ended: are they still empty?
    boolean empty = !stillHoldsAnEvent(from, to);
    if (empty) {
      sightings.remove(from);
    }
    return empty;
  }

  private long snapshotXmax() {
    return jdbc.queryForObject(
        "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint", Long.class);
  }

  private long oldestRunningTransaction() {
    return jdbc.queryForObject(
        "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);
  }

  private boolean stillHoldsAnEvent(long from, long to) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM "
                + StoredEvents.TABLE
                + " WHERE global_index BETWEEN ? AND ?)",
            Boolean.class,
            from,
            to));
  }

  private record Sighting(Instant firstSeen, long xmax) {}
}
