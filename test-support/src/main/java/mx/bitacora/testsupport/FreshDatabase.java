package mx.bitacora.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A new, empty PostgreSQL database for one test class, dropped when the JVM exits. Tests never
 * depend on what an earlier run left behind. The server defaults to the local one (127.0.0.1:5432,
 * user postgres); {@code BITACORA_TEST_PG_HOST}, {@code _PORT}, {@code _USER} and {@code _PASSWORD}
 * point elsewhere.
 */
public final class FreshDatabase {

  private static final String HOST = env("BITACORA_TEST_PG_HOST", "127.0.0.1");
  private static final String PORT = env("BITACORA_TEST_PG_PORT", "5432");
  private static final String USER = env("BITACORA_TEST_PG_USER", "postgres");
  private static final String PASSWORD = env("BITACORA_TEST_PG_PASSWORD", "");

  private final String name;

  private FreshDatabase(String name) {
    this.name = name;
  }

  /** Creates a database named after {@code purpose} plus a random suffix. */
  public static FreshDatabase create(String purpose) {
    String tag = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    tag = tag.substring(0, Math.min(tag.length(), 30));
    return createNamed("bitacora_test_" + tag + "_" + UUID.randomUUID().toString().substring(0, 8));
  }

  /**
   * A database of this server that something else created (e.g. {@code dev/restore}, run by a
   * test), dropped when the JVM exits like the ones created here.
   */
  public static FreshDatabase adopt(String name) {
    FreshDatabase database = new FreshDatabase(name);
    Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
    return database;
  }

  private static FreshDatabase createNamed(String name) {
    execute("CREATE DATABASE " + name);
    FreshDatabase database = new FreshDatabase(name);
    Runtime.getRuntime().addShutdownHook(new Thread(database::drop));
    return database;
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  public String username() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  /** Spring Boot's {@code spring.datasource} url, username and password for this database. */
  public Map<String, Object> dataSourceProperties() {
    return Map.of(
        "spring.datasource.url", jdbcUrl(),
        "spring.datasource.username", USER,
        "spring.datasource.password", PASSWORD);
  }

  /** Opens a connection to this database as the test superuser. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
  }

  /** Drops the database, closing any connection still open to it. */
  public void drop() {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void execute(String sql) {
    String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
