package mx.bitacora.benchmarks.baseline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.benchmarks.load.ClosedLoop;
import mx.bitacora.benchmarks.load.LoadResult;
import mx.bitacora.testsupport.FreshDatabase;

/**
 * B1 and B1b: plain JDBC inserts of real events' bytes (payloads and metadata copied from rows the
 * services stored) into {@code baseline.domain_event_entry}, created by the event store's own
 * migration, so the table has exactly the event table's columns, sequence and indexes.
 */
public final class RawInserts {

  private static final String TABLE = "baseline.domain_event_entry";
  private final FreshDatabase database;
  private final List<EventRow> samples = new ArrayList<>();

  private RawInserts(FreshDatabase database) {
    this.database = database;
  }

  /**
   * Creates the baseline table from {@code migration} and takes up to 500 stored create events (the
   * first event of a delivery or referral) as the bytes to insert.
   */
  public static RawInserts prepare(FreshDatabase database, Path migration)
      throws SQLException, java.io.IOException {
    RawInserts inserts = new RawInserts(database);
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("create schema if not exists baseline");
      statement.execute("set search_path = baseline");
      statement.execute(Files.readString(migration));
      try (ResultSet rows =
          statement.executeQuery(
              "select meta_data, payload, payload_revision, payload_type, type"
                  + " from event_store.domain_event_entry where sequence_number = 0"
                  + " and type in ('Delivery', 'Referral') order by global_index desc limit 500")) {
        while (rows.next()) {
          inserts.samples.add(
              new EventRow(
                  null,
                  rows.getBytes(1),
                  rows.getBytes(2),
                  rows.getString(3),
                  rows.getString(4),
                  null,
                  null,
                  0,
                  rows.getString(5)));
        }
      }
    }
    if (inserts.samples.isEmpty()) {
      throw new IllegalStateException("no stored events to copy the bytes of");
    }
    return inserts;
  }

  /** Average payload plus metadata bytes of the rows inserted. */
  public double averageRowBytes() {
    return samples.stream()
        .mapToInt(row -> row.payload().length + row.metaData().length)
        .average()
        .orElse(0);
  }

  /**
   * Inserts from {@code clients} connections for {@code seconds}, {@code rowsPerTransaction} rows
   * in each transaction; the result counts rows.
   */
  public LoadResult run(int clients, double seconds, int rowsPerTransaction)
      throws SQLException, InterruptedException {
    List<Connection> connections = new ArrayList<>();
    List<PreparedStatement> statements = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        Connection connection = database.connect();
        connection.setAutoCommit(rowsPerTransaction == 1);
        connections.add(connection);
        statements.add(connection.prepareStatement(EventRow.insertInto(TABLE)));
      }
      LoadResult transactions =
          ClosedLoop.run(
              clients,
              seconds,
              (client, sequence) -> {
                PreparedStatement insert = statements.get(client);
                for (int r = 0; r < rowsPerTransaction; r++) {
                  EventRow sample = samples.get((int) ((sequence * 7 + r) % samples.size()));
                  fresh(sample).bind(insert);
                  if (rowsPerTransaction == 1) {
                    insert.executeUpdate();
                  } else {
                    insert.addBatch();
                  }
                }
                if (rowsPerTransaction > 1) {
                  insert.executeBatch();
                  connections.get(client).commit();
                }
                return ClosedLoop.SUCCEEDED;
              });
      return new LoadResult(
          clients,
          transactions.operations() * rowsPerTransaction,
          transactions.failures(),
          transactions.seconds(),
          transactions.perSecond() * rowsPerTransaction,
          transactions.latency());
    } finally {
      for (Connection connection : connections) {
        connection.close();
      }
    }
  }

  private static EventRow fresh(EventRow sample) {
    return new EventRow(
        UUID.randomUUID().toString(),
        sample.metaData(),
        sample.payload(),
        sample.payloadRevision(),
        sample.payloadType(),
        Instant.now().toString(),
        UUID.randomUUID().toString(),
        0,
        sample.type());
  }
}
