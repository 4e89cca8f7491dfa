package mx.bitacora.command;

import mx.bitacora.testsupport.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points each application context a test starts at a fresh database of its own. Every class with
 * the same configuration shares one cached context and so one database: each class writes
 * aggregates, agencies and keys of its own ids, and checks what it wrote or what changed while it
 * ran, never what the database holds in total.
 */
class OneDatabasePerContext
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    FreshDatabase database = FreshDatabase.create("command");
    withTheAccessLog(database);
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(new MapPropertySource("freshDatabase", database.dataSourceProperties()));
  }

  /**
   * The integrity schema, as query-service's Flyway creates it in a deployment: command-service
   * records its reads of sealed case data in its access log.
   */
  private static void withTheAccessLog(FreshDatabase database) {
    Flyway.configure()
        .dataSource(database.jdbcUrl(), database.username(), database.password())
        .schemas("integrity")
        .defaultSchema("integrity")
        .locations("classpath:db/migration/integrity")
        .load()
        .migrate();
  }
}
