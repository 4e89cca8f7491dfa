package mx.bitacora.system.fuzz;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.command.CommandServiceApplication;
import mx.bitacora.query.QueryServiceApplication;
import mx.bitacora.testsupport.DatabaseRoles;
import mx.bitacora.testsupport.FreshDatabase;
import mx.bitacora.testsupport.NetworkAgencies;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * command-service and query-service started once, as deployed (each as its own least-privilege
 * role), on a fresh database with the network's agencies registered.
 */
final class FuzzedServices implements AutoCloseable {

  private final FreshDatabase database;
  private final ConfigurableApplicationContext commandService;
  private final ConfigurableApplicationContext queryService;

  FuzzedServices(FreshDatabase database) {
    this.database = database;
    DatabaseRoles.setUp(database);
    commandService =
        start(
            CommandServiceApplication.class,
            CommandServiceApplication.CONFIG_NAME,
            DatabaseRoles.COMMAND);
    queryService =
        start(
            QueryServiceApplication.class,
            QueryServiceApplication.CONFIG_NAME,
            DatabaseRoles.QUERY);
    NetworkAgencies.registerAt(commandService().toString());
  }

  private ConfigurableApplicationContext start(
      Class<?> application, String configName, String login) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + login,
                "--spring.datasource.password=",
                "--spring.flyway.user=" + DatabaseRoles.OWNER,
                "--spring.flyway.password="));
    return new SpringApplicationBuilder(application)
        .properties(configName)
        .profiles("dev")
        .run(args.toArray(String[]::new));
  }

  URI commandService() {
    return baseOf(commandService);
  }

  URI queryService() {
    return baseOf(queryService);
  }

  /** How many events the event store holds. */
  long storedEvents() throws Exception {
    try (Connection connection = database.connect();
        ResultSet row =
            connection
                .createStatement()
                .executeQuery("SELECT count(*) FROM event_store.domain_event_entry")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static URI baseOf(ConfigurableApplicationContext service) {
    int port = ((WebServerApplicationContext) service).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void close() {
    queryService.close();
    commandService.close();
  }
}
