package mx.bitacora.query.testing;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test of projections: appends events to the log ({@link #log}, new for each test), reads what
 * the projections made of them in {@code read_model} ({@link #jdbc}), and replays a processing
 * group from the first event.
 */
public abstract class ProjectionTest extends QueryServiceTest {

  @Autowired protected JdbcTemplate jdbc;
  @Autowired private EventStore eventStore;
  @Autowired private EventProcessingConfiguration processing;
  @Autowired private TokenStore tokenStore;

  protected NetworkEventLog log;

  @BeforeEach
  protected final void connectTheLog() {
    log = new NetworkEventLog(eventStore);
  }

  /** Replays {@code group} from the first event ({@link ProjectionReplay#replayFromTheStart}). */
  protected final void replayFromTheStart(String group, Runnable appendMarker) {
    ProjectionReplay.replayFromTheStart(processing, tokenStore, group, appendMarker, LAG);
  }

  /** The row of {@code read_model.table} whose {@code column} is {@code value}; null if none. */
  protected final Map<String, Object> rowWhere(String table, String column, Object value) {
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT * FROM read_model." + table + " WHERE " + column + " = ?", value);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Every row of {@code read_model.table}, in the order of {@code orderBy}. */
  protected final List<Map<String, Object>> all(String table, String orderBy) {
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT * FROM read_model." + table + " ORDER BY " + orderBy);
    // An SQL array compares by identity: read as a list, two equal rows compare equal.
    rows.forEach(row -> row.replaceAll((column, value) -> asList(value)));
    return rows;
  }

  private static Object asList(Object value) {
    if (!(value instanceof java.sql.Array array)) {
      return value;
    }
    try {
      return List.of((Object[]) array.getArray());
    } catch (java.sql.SQLException unreadable) {
      throw new IllegalStateException("an array column could not be read", unreadable);
    }
  }
}
