package mx.bitacora.query.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole query service, running on a port of its own, on a database that holds the
 * event store ({@link EventStoreDatabase}), made when the application context starts ({@link
 * EventStoreDatabase.PerContext}). Classes with the same configuration share one cached context and
 * its database: each records facts about ids and agencies of its own and asserts only about them. A
 * class that reads what the whole log or a whole table holds, leaves dead letters, or needs other
 * properties is marked {@link OwnContext}: it starts on an empty log, alone.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=query-service")
@ActiveProfiles("dev")
@ContextConfiguration(initializers = EventStoreDatabase.PerContext.class)
public abstract class QueryServiceTest {

  /** How long any test waits for the projections to catch up with what it recorded. */
  public static final Duration LAG = Duration.ofSeconds(30);

  @Autowired private Environment environment;

  /** A new connection to this context's database, as the test superuser; the caller closes it. */
  protected final Connection newConnection() throws SQLException {
    return DriverManager.getConnection(
        environment.getRequiredProperty("spring.datasource.url"),
        environment.getRequiredProperty("spring.datasource.username"),
        environment.getProperty("spring.datasource.password", ""));
  }
}
