package mx.bitacora.query.runtimetest;

import mx.bitacora.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a fresh database that already holds the event store, as
 * command-service's migration leaves it (shipped in service-platform); the application then adds
 * the runtime's {@code read_model} tables and the sample projection's.
 */
public final class RuntimeTestDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    FreshDatabase database = FreshDatabase.create("runtime");
    Flyway.configure()
        .dataSource(database.jdbcUrl(), database.username(), database.password())
        .schemas("event_store")
        .defaultSchema("event_store")
        .locations("classpath:db/migration/event_store")
        .load()
        .migrate();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("runtimeTestDatabase", database.dataSourceProperties()));
  }
}
