package mx.bitacora.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Failures to reach the database are told from other failures, as the pool and driver raise them.
 */
class StorageFailuresTest {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres";

  @Test
  void aConnectionThePoolHasClosed_isUnreachable() throws SQLException {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(POSTGRES);
      pool.setUsername("postgres");
      pool.setMaximumPoolSize(1);
      Connection connection = pool.getConnection();
      connection.close();

      SQLException failure =
          catchThrowableOfType(SQLException.class, () -> connection.prepareStatement("SELECT 1"));

      assertThat(failure.getSQLState()).isNull();
      assertThat(StorageFailures.isUnreachable(failure)).isTrue();
    }
  }

  @Test
  void aStatementThePostgresRefuses_isNotUnreachable() {
    SingleConnectionDataSource database =
        new SingleConnectionDataSource(POSTGRES, "postgres", "", true);
    try {
      Exception failure =
          catchThrowableOfType(
              Exception.class, () -> new JdbcTemplate(database).execute("SELECT * FROM nowhere"));

      assertThat(StorageFailures.isUnreachable(failure)).isFalse();
    } finally {
      database.destroy();
    }
  }

  @Test
  void aSqlExceptionWithoutStateFromElsewhere_isNotUnreachable() {
    assertThat(StorageFailures.isUnreachable(new SQLException("Connection is closed"))).isFalse();
  }
}
