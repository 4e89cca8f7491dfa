package mx.bitacora.query.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import mx.bitacora.query.rows.Rows;
import org.springframework.jdbc.core.RowMapper;

/** How the sealer and the verifier read raw event rows: the same columns, the same order. */
final class StoredEvents {

  static final String COLUMNS =
      "global_index AS position, event_identifier, aggregate_identifier, sequence_number,"
          + " type AS aggregate_type, payload_type, payload_revision, payload, meta_data,"
          + " time_stamp AS timestamp";

  private static final RowMapper<StoredEvent> ROW = Rows.of(StoredEvent.class);

  static final String TABLE = "event_store.domain_event_entry";

  /** Rows after a position, in position order (global order). */
  static final String AFTER =
      "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE global_index > ? ORDER BY global_index";

  private StoredEvents() {}

  /** The event at {@code row}'s cursor. */
  static StoredEvent read(ResultSet row) throws SQLException {
    return ROW.mapRow(row, row.getRow());
  }
}
