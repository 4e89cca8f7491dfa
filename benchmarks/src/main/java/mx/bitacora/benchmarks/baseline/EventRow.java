package mx.bitacora.benchmarks.baseline;

/** One stored event's columns, as in {@code event_store.domain_event_entry}. */
public record EventRow(
    String eventIdentifier,
    byte[] metaData,
    byte[] payload,
    String payloadRevision,
    String payloadType,
    String timeStamp,
    String aggregateIdentifier,
    long sequenceNumber,
    String type) {

  /** Axon's insert of one event, into {@code table}. */
  public static String insertInto(String table) {
    return "insert into "
        + table
        + " (event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp,"
        + " aggregate_identifier, sequence_number, type) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  /** Binds this row to an {@link #insertInto} statement. */
  public void bind(java.sql.PreparedStatement insert) throws java.sql.SQLException {
    insert.setString(1, eventIdentifier);
    insert.setBytes(2, metaData);
    insert.setBytes(3, payload);
    insert.setString(4, payloadRevision);
    insert.setString(5, payloadType);
    insert.setString(6, timeStamp);
    insert.setString(7, aggregateIdentifier);
    insert.setLong(8, sequenceNumber);
    insert.setString(9, type);
  }
}
