package mx.bitacora.query.integrity;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with the event store and the integrity schema, events appended as Axon's JDBC
 * engine stores them, and a sealer and verifier on it: the bench for tampering tests.
 */
final class SealedEventLog {

  static final EventSealer.Settings EVERY_FOUR_POSITIONS =
      new EventSealer.Settings(500, 4, Duration.ofHours(1));

  final FreshDatabase database;
  final JdbcTemplate jdbc;
  final SigningKey signingKey = SigningKey.fromSeed(randomSeed());
  private final DriverManagerDataSource dataSource;
  private final TransactionTemplate transactions;

  private SealedEventLog(FreshDatabase database) {
    this.database = database;
    this.dataSource =
        new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    this.jdbc = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /**
   * A new database with the event store (as command-service migrates it) and this module's schema.
   */
  static SealedEventLog create(String purpose) {
    FreshDatabase database = FreshDatabase.create(purpose);
    migrate(database, "event_store");
    migrate(database, "integrity");
    return new SealedEventLog(database);
  }

  private static void migrate(FreshDatabase database, String schema) {
    Flyway.configure()
        .dataSource(database.jdbcUrl(), database.username(), database.password())
        .schemas(schema)
        .defaultSchema(schema)
        .locations("classpath:db/migration/" + schema)
        .load()
        .migrate();
  }

  EventSealer sealer(EventSealer.Settings settings) {
    return new EventSealer(
        jdbc, transactions, signingKey, Clock.systemUTC(), Duration.ZERO, settings);
  }

  LogVerifier verifier() {
    return new LogVerifier(signingKey.verifier(), Clock.systemUTC());
  }

  VerificationReport verify(List<Checkpoint> kept) throws SQLException {
    try (Connection connection = database.connect()) {
      return verifier().verify(connection, kept);
    }
  }

  VerificationReport verify() throws SQLException {
    return verify(List.of());
  }

  /** Appends {@code count} events, each committed on its own; returns their positions. */
  List<Long> append(int count) {
    List<Long> positions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      positions.add(insertEvent(jdbc, UUID.randomUUID().toString(), 0));
    }
    return positions;
  }

  /** An append that rolls back: its sequence value is lost, leaving a hole in the positions. */
  void appendAndRollBack() {
    transactions.executeWithoutResult(
        status -> {
          insertEvent(jdbc, UUID.randomUUID().toString(), 0);
          status.setRollbackOnly();
        });
  }

  /** Runs the sealer until the chain reaches {@code position}. */
  void sealThrough(EventSealer sealer, long position) {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              sealer.sealAvailable();
              return sealedThrough() >= position;
            });
  }

  long sealedThrough() {
    return jdbc.queryForObject(
        "SELECT coalesce(max(position), 0) FROM integrity.event_seal", Long.class);
  }

  List<Checkpoint> checkpoints() {
    return new CheckpointTable(jdbc, Chain.EVENT_LOG).after(0, 1000);
  }

  /** Inserts one event row as Axon's JDBC storage engine writes it; returns its position. */
  static long insertEvent(JdbcTemplate jdbc, String aggregate, long sequence) {
    String payload =
        "{\"deliveryId\":\""
            + aggregate
            + "\",\"items\":[{\"description\":\"Kits\",\"quantity\":50}]}";
    String metaData =
        "{\"actor\":\"unodc-staff-1\",\"actorAgency\":\"unodc-mexico\",\"requestId\":\""
            + UUID.randomUUID()
            + "\"}";
    return jdbc.queryForObject(
        "INSERT INTO event_store.domain_event_entry (event_identifier, meta_data, payload,"
            + " payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number,"
            + " type) VALUES (?, ?, ?, '1', 'mx.bitacora.events.delivery.DeliveryPlannedEvent', ?,"
            + " ?, ?, 'Delivery') RETURNING global_index",
        Long.class,
        UUID.randomUUID().toString(),
        metaData.getBytes(StandardCharsets.UTF_8),
        payload.getBytes(StandardCharsets.UTF_8),
        Instant.now().toString(),
        aggregate,
        sequence);
  }

  /** Runs {@code sql} as the database superuser would, outside the application. */
  void tamper(String sql, Object... arguments) {
    try (Connection connection = database.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < arguments.length; i++) {
        statement.setObject(i + 1, arguments[i]);
      }
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("tampering failed: " + sql, e);
    }
  }

  static byte[] randomSeed() {
    byte[] seed = new byte[32];
    new SecureRandom().nextBytes(seed);
    return seed;
  }
}
