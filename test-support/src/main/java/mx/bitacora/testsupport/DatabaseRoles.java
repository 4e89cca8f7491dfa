package mx.bitacora.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The platform's least-privilege database roles and schemas, set up in a test database by the
 * script {@code dev/run} applies to the local one ({@code dev/database-roles.sql}, packaged with
 * this module). The roles are cluster-wide; the script creates them only when missing, so parallel
 * test classes share them. They have no password: like the superuser, they rely on the local
 * server's trust authentication.
 */
public final class DatabaseRoles {

  /** Owns every schema and table; only the services' Flyway logs in as it. */
  public static final String OWNER = "bitacora_owner";

  /** command-service's login: appends and reads events, keeps the case keys and deadlines. */
  public static final String COMMAND = "bitacora_command";

  /**
   * query-service's login: reads events, writes the read model, appends to the integrity record.
   */
  public static final String QUERY = "bitacora_query";

  private static final String SCRIPT = "/dev-database/database-roles.sql";

  private DatabaseRoles() {}

  /** Creates the roles if missing, and the schemas owned by {@link #OWNER}, in {@code database}. */
  public static void setUp(FreshDatabase database) {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(script());
    } catch (SQLException e) {
      throw new IllegalStateException("could not set up the roles in " + database.name(), e);
    }
  }

  /** Opens a connection to {@code database} logged in as {@code role}. */
  public static Connection connect(FreshDatabase database, String role) throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), role, "");
  }

  private static String script() {
    try (InputStream in = DatabaseRoles.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + SCRIPT, e);
    }
  }
}
