package mx.bitacora.system.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.command.CommandServiceApplication;
import mx.bitacora.query.QueryServiceApplication;
import mx.bitacora.testsupport.DatabaseRoles;
import mx.bitacora.testsupport.FreshDatabase;
import mx.bitacora.testsupport.NetworkAgencies;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts command-service and query-service as two separate Spring Boot applications (own contexts,
 * own web servers on free ports, own Axon configurations) sharing nothing but one PostgreSQL
 * database, and talks to them over HTTP only. As deployed, each service logs in as its own
 * least-privilege role and its Flyway as the schemas' owner, so a missing grant fails the test.
 */
public final class TwoServices implements AutoCloseable {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ConfigurableApplicationContext commandService;
  private final ConfigurableApplicationContext queryService;

  private final FreshDatabase database;
  private final String[] settings;

  private TwoServices(FreshDatabase database, boolean registerTheNetwork, String... settings) {
    this.database = database;
    this.settings = settings.clone();
    DatabaseRoles.setUp(database);
    commandService =
        start(
            CommandServiceApplication.class,
            CommandServiceApplication.CONFIG_NAME,
            DatabaseRoles.COMMAND,
            database,
            settings);
    queryService =
        start(
            QueryServiceApplication.class,
            QueryServiceApplication.CONFIG_NAME,
            DatabaseRoles.QUERY,
            database,
            settings);
    if (registerTheNetwork) {
      NetworkAgencies.registerAt(commandServiceUrl());
    }
  }

  /**
   * Sets up the roles in {@code database}, starts both services on it and registers the network's
   * agencies ({@link NetworkAgencies}); {@code settings} are extra command-line args.
   */
  public static TwoServices start(FreshDatabase database, String... settings) {
    return new TwoServices(database, true, settings);
  }

  /** As {@link #start}, but with no agency registered: for a client that registers its own. */
  static TwoServices startWithoutAgencies(FreshDatabase database, String... settings) {
    return new TwoServices(database, false, settings);
  }

  private static ConfigurableApplicationContext start(
      Class<?> application,
      String configName,
      String login,
      FreshDatabase database,
      String... settings) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + login,
                "--spring.datasource.password=",
                "--spring.flyway.user=" + DatabaseRoles.OWNER,
                "--spring.flyway.password="));
    args.addAll(List.of(settings));
    return new SpringApplicationBuilder(application)
        .properties(configName)
        .profiles("dev")
        .run(args.toArray(String[]::new));
  }

  /** Starts one more query-service on the same database, as a second instance of it would run. */
  QueryInstance startAnotherQueryService() {
    return new QueryInstance(
        start(
            QueryServiceApplication.class,
            QueryServiceApplication.CONFIG_NAME,
            DatabaseRoles.QUERY,
            database,
            settings));
  }

  /** A further query-service instance, queried over HTTP like the first. */
  final class QueryInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private QueryInstance(ConfigurableApplicationContext context) {
      this.context = context;
    }

    HttpResponse<String> query(String path, String token) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(uri(context, path))
              .header("Authorization", "Bearer " + token)
              .GET()
              .build();
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
      context.close();
    }
  }

  /** command-service's base URL, e.g. for a client process such as {@code dev/LoadDemoData}. */
  public String commandServiceUrl() {
    return uri(commandService, "").toString();
  }

  /** query-service's base URL. */
  public String queryServiceUrl() {
    return uri(queryService, "").toString();
  }

  HttpResponse<String> post(String path, String json, String token) throws Exception {
    return post(commandService, path, json, token);
  }

  /** POST to query-service (e.g. a verification against kept checkpoints). */
  HttpResponse<String> queryPost(String path, String json, String token) throws Exception {
    return post(queryService, path, json, token);
  }

  private HttpResponse<String> post(
      ConfigurableApplicationContext service, String path, String json, String token)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(service, path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** GET from command-service (reads of sealed case data, which only it can open). */
  HttpResponse<String> commandGet(String path, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(commandService, path))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Every row of every table of the database as text, binary columns with {@code encode(...,
   * 'escape')} (printable ASCII kept as it is), for canary scans.
   */
  public String dumpOfEveryTable() throws SQLException {
    StringBuilder dump = new StringBuilder();
    try (Connection connection = database.connect()) {
      Map<String, List<String>> columns = new LinkedHashMap<>();
      try (ResultSet described =
          connection
              .createStatement()
              .executeQuery(
                  "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name),"
                      + " CASE WHEN data_type = 'bytea' THEN 'encode(' || quote_ident(column_name)"
                      + " || ', ''escape'')' ELSE quote_ident(column_name) || '::text' END"
                      + " FROM information_schema.columns WHERE table_schema NOT IN"
                      + " ('pg_catalog', 'information_schema') ORDER BY 1, ordinal_position")) {
        while (described.next()) {
          columns
              .computeIfAbsent(described.getString(1), table -> new ArrayList<>())
              .add(described.getString(2));
        }
      }
      for (Map.Entry<String, List<String>> table : columns.entrySet()) {
        String row = "concat_ws(' | ', " + String.join(", ", table.getValue()) + ")";
        try (ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT " + row + " FROM " + table.getKey())) {
          while (rows.next()) {
            dump.append(table.getKey()).append(": ").append(rows.getString(1)).append('\n');
          }
        }
      }
    }
    return dump.toString();
  }

  /** GET from query-service; {@code headers} are extra name, value pairs. */
  public HttpResponse<String> query(String path, String token, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(queryService, path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GET from query-service as bytes (a report file), asking for {@code accept}. */
  HttpResponse<byte[]> queryFile(String path, String token, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(queryService, path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** How many events the event store holds. */
  public long storedEvents() throws SQLException {
    try (Connection connection = database.connect();
        ResultSet row =
            connection
                .createStatement()
                .executeQuery("SELECT count(*) FROM event_store.domain_event_entry")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static URI uri(ConfigurableApplicationContext service, String path) {
    int port = ((WebServerApplicationContext) service).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() {
    queryService.close();
    commandService.close();
  }
}
