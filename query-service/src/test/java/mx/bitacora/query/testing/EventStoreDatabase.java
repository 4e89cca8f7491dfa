package mx.bitacora.query.testing;

import mx.bitacora.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database that already holds the event store tables, as command-service's migration leaves
 * them; the query service then adds its own {@code read_model} schema when it starts.
 */
public final class EventStoreDatabase {

  private EventStoreDatabase() {}

  /** Creates the database and applies the event store migration shipped in service-platform. */
  public static FreshDatabase create(String purpose) {
    FreshDatabase database = FreshDatabase.create(purpose);
    Flyway.configure()
        .dataSource(database.jdbcUrl(), database.username(), database.password())
        .schemas("event_store")
        .defaultSchema("event_store")
        .locations("classpath:db/migration/event_store")
        .load()
        .migrate();
    return database;
  }

  /** Points the application's data source at {@code database}. */
  public static void register(DynamicPropertyRegistry registry, FreshDatabase database) {
    registry.add("spring.datasource.url", database::jdbcUrl);
    registry.add("spring.datasource.username", database::username);
    registry.add("spring.datasource.password", database::password);
  }

  /** Gives each application context that starts a new event store database of its own. */
  public static final class PerContext
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      FreshDatabase database = create("query");
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(new MapPropertySource("eventStoreDatabase", database.dataSourceProperties()));
    }
  }
}
