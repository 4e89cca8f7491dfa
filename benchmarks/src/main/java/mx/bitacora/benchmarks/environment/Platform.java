package mx.bitacora.benchmarks.environment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import mx.bitacora.testsupport.DatabaseRoles;
import mx.bitacora.testsupport.FreshDatabase;

/**
 * command-service and query-service started as separate processes from their built jars on one
 * fresh database, without the dev profile: each logs in as its least-privilege role, its Flyway as
 * the schemas' owner, and trusts only this run's token key.
 */
public final class Platform implements AutoCloseable {

  /** Heap sized so that heap, metaspace, code cache and threads fit a 512 MiB container. */
  public static final List<String> JVM_FLAGS =
      List.of("-Xms128m", "-Xmx320m", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError");

  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private final Path repository;
  private final Path logs;
  private final FreshDatabase database;
  private final UnaryOperator<String> routeToDatabase;
  private final BenchmarkIdentity identity;
  private ServiceProcess commandService;
  private ServiceProcess queryService;
  private double lastQueryStartSeconds;

  private Platform(
      Path repository,
      Path logs,
      FreshDatabase database,
      BenchmarkIdentity identity,
      UnaryOperator<String> routeToDatabase) {
    this.repository = repository;
    this.logs = logs;
    this.database = database;
    this.identity = identity;
    this.routeToDatabase = routeToDatabase;
  }

  /** Creates a fresh database with the roles and starts both services on it. */
  public static Platform start(Path repository) throws IOException, InterruptedException {
    return start(repository, "bench", repository.resolve("benchmarks/target"), url -> url);
  }

  /**
   * Creates a fresh database named after {@code purpose} with the roles and starts both services on
   * it, logging and keeping keys under {@code workDirectory}; the services reach the database at
   * the JDBC URL {@code routeToDatabase} makes of its own (e.g. through a proxy a test controls).
   */
  public static Platform start(
      Path repository, String purpose, Path workDirectory, UnaryOperator<String> routeToDatabase)
      throws IOException, InterruptedException {
    Path logs = workDirectory.resolve("logs");
    deleteLogs(logs);
    FreshDatabase database = FreshDatabase.create(purpose);
    DatabaseRoles.setUp(database);
    Platform platform =
        new Platform(
            repository,
            logs,
            database,
            BenchmarkIdentity.create(workDirectory.resolve("keys")),
            routeToDatabase);
    platform.startCommandService();
    platform.startQueryService();
    return platform;
  }

  /** Starts (again) command-service; returns once it is ready. */
  public void startCommandService() throws IOException, InterruptedException {
    commandService = launch("command-service", DatabaseRoles.COMMAND, List.of());
    commandService.awaitReady(START_LIMIT);
  }

  private static void deleteLogs(Path logs) throws IOException {
    for (String service : List.of("command-service", "query-service")) {
      java.nio.file.Files.deleteIfExists(logs.resolve(service + ".log"));
    }
  }

  /** Starts (again) query-service; returns once it is ready. */
  public void startQueryService() throws IOException, InterruptedException {
    startQueryService(List.of());
  }

  /**
   * Starts (again) query-service with {@code settings} ({@code --name=value}) added; a setting
   * {@code jar=<path>} runs that build of it instead of the repository's (to compare two builds).
   */
  public void startQueryService(List<String> settings) throws IOException, InterruptedException {
    queryService = launch("query-service", DatabaseRoles.QUERY, settings);
    lastQueryStartSeconds = queryService.awaitReady(START_LIMIT);
  }

  /** Stops query-service, e.g. to rebuild its views from scratch. */
  public void stopQueryService() {
    queryService.close();
  }

  /** Seconds from launch to readiness of the last query-service start. */
  public double lastQueryStartSeconds() {
    return lastQueryStartSeconds;
  }

  public ServiceProcess commandService() {
    return commandService;
  }

  public ServiceProcess queryService() {
    return queryService;
  }

  public FreshDatabase database() {
    return database;
  }

  public BenchmarkIdentity identity() {
    return identity;
  }

  private ServiceProcess launch(String service, String login, List<String> settings)
      throws IOException {
    Path jar = repository.resolve(service + "/target/" + service + "-0.1.0-SNAPSHOT-exec.jar");
    List<String> arguments = new ArrayList<>();
    for (String setting : settings) {
      if (setting.startsWith("jar=")) {
        jar = Path.of(setting.substring("jar=".length()));
      }
    }
    Collections.addAll(
        arguments,
        "--spring.datasource.url=" + routeToDatabase.apply(database.jdbcUrl()),
        "--spring.datasource.username=" + login,
        "--spring.datasource.password=",
        "--spring.flyway.user=" + DatabaseRoles.OWNER,
        "--spring.flyway.password=",
        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
            + identity.publicKeyPem(),
        "--bitacora.tokens.issuer=" + BenchmarkIdentity.ISSUER,
        "--spring.security.oauth2.resourceserver.jwt.audiences=" + BenchmarkIdentity.AUDIENCE,
        // Exposed for the heap figure only (any authenticated caller may read it here).
        "--management.endpoints.web.exposure.include=health,info,metrics");
    settings.stream().filter(setting -> !setting.startsWith("jar=")).forEach(arguments::add);
    Map<String, String> environment =
        Map.of(
            "BITACORA_CRYPTO_MASTER_KEY", identity.masterKey(),
            "BITACORA_INTEGRITY_SIGNING_KEY", identity.signingKey(),
            "AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    return ServiceProcess.start(service, jar, jvmFlags(service), arguments, environment, logs);
  }

  /** {@link #JVM_FLAGS}; with BITACORA_BENCH_PROFILE=1 also a flight recording per process. */
  private List<String> jvmFlags(String service) {
    if (!"1".equals(System.getenv("BITACORA_BENCH_PROFILE"))) {
      return JVM_FLAGS;
    }
    List<String> flags = new ArrayList<>(JVM_FLAGS);
    flags.add(
        "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
            + logs.resolve(service + "-" + System.nanoTime() + ".jfr"));
    return flags;
  }

  /** Stops both services and drops the database. */
  @Override
  public void close() {
    if (queryService != null) {
      queryService.close();
    }
    if (commandService != null) {
      commandService.close();
    }
    database.drop();
  }
}
