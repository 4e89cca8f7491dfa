package mx.bitacora.platform.eventstore.upcasting;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kind of fact each voiding stored as revision 1 voided, as migration V10 worked it out once
 * from the log ({@code event_store.legacy_voided_fact_kind}). From that migration on, every voiding
 * is stored with its kind, so the table never changes: it is read on first need and kept.
 */
@Component
public class LegacyVoidedFactKinds {

  private final JdbcTemplate jdbc;
  private final Map<String, String> byVoidingId = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  public LegacyVoidedFactKinds(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The kind of fact the revision-1 voiding stored as {@code voidingEventId} voided. */
  public Optional<String> kindVoidedBy(String voidingEventId) {
    if (!loaded || !byVoidingId.containsKey(voidingEventId)) {
      // Read once; read again only for a voiding not there (in tests, which store old shapes late).
      load();
    }
    return Optional.ofNullable(byVoidingId.get(voidingEventId));
  }

  private synchronized void load() {
    jdbc.query(
        "SELECT voiding_event_identifier, original_kind FROM event_store.legacy_voided_fact_kind",
        row -> {
          byVoidingId.put(row.getString(1), row.getString(2));
        });
    loaded = true;
  }
}
