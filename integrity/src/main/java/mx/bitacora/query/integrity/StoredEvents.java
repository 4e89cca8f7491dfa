package mx.bitacora.query.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;

/** How the sealer and the verifier read raw event rows: the same columns, the same order. */
final class StoredEvents {

  static final String COLUMNS =
      "global_index, event_identifier, aggregate_identifier, sequence_number, type, payload_type,"
          + " payload_revision, payload, meta_data, time_stamp";

  static final String TABLE = "event_store.domain_event_entry";

  /** Rows after a position, in position order (global order). */
  static final String AFTER =
      "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE global_index > ? ORDER BY global_index";

  private StoredEvents() {}

  static StoredEvent read(ResultSet row) throws SQLException {
    return new StoredEvent(
        row.getLong("global_index"),
        row.getString("event_identifier"),
        row.getString("aggregate_identifier"),
        row.getLong("sequence_number"),
        row.getString("type"),
        row.getString("payload_type"),
        row.getString("payload_revision"),
        row.getBytes("payload"),
        row.getBytes("meta_data"),
        row.getString("time_stamp"));
  }
}
