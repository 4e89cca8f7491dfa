package mx.bitacora.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import mx.bitacora.benchmarks.environment.Platform;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Both services as processes from their built jars, on a fresh database ({@link Platform}), with
 * the network of the founding example registered: the agencies and DIF's CAT in Cancún.
 */
final class FaultPlatform implements AutoCloseable {

  static final Path REPOSITORY =
      Path.of(System.getProperty("bitacora.repository", "..")).normalize();

  private final HttpClient http = HttpClient.newHttpClient();
  final Platform platform;
  final JdbcTemplate log;
  final String admin;
  final String unodc;
  final String dif;
  final String auditor;

  private FaultPlatform(Platform platform) {
    this.platform = platform;
    DriverManagerDataSource owner =
        new DriverManagerDataSource(platform.database().jdbcUrl(), "postgres", "");
    this.log = new JdbcTemplate(owner);
    this.admin = platform.identity().token("admin-1", "segob", "PLATFORM_ADMIN");
    this.unodc = platform.identity().token("unodc-1", "unodc-mexico", "AGENCY_STAFF");
    this.dif = platform.identity().token("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
    this.auditor = platform.identity().token("auditor-1", "segob", "COMMISSION_AUDITOR");
  }

  /** Starts the platform, its services reaching the database through {@code route}. */
  static FaultPlatform start(String purpose, UnaryOperator<String> route) throws Exception {
    for (String service : new String[] {"command-service", "query-service"}) {
      assertThat(REPOSITORY.resolve(service + "/target/" + service + "-0.1.0-SNAPSHOT-exec.jar"))
          .as("built by the reactor before these tests (./mvnw verify)")
          .exists();
    }
    Path work = REPOSITORY.resolve("fault-tests/target/" + purpose);
    Files.createDirectories(work);
    FaultPlatform faults = new FaultPlatform(Platform.start(REPOSITORY, purpose, work, route));
    faults.registerTheNetwork();
    return faults;
  }

  private void registerTheNetwork() throws Exception {
    for (String[] agency :
        new String[][] {
          {"segob", "Secretaría de Gobernación", "SEGOB", "FEDERAL", null},
          {"dif-benito-juarez", "DIF Benito Juárez", "DIF BJ", "MUNICIPAL", "Quintana Roo"},
          {"unodc-mexico", "UNODC México", "UNODC", "INTERNATIONAL", null},
          {"inl", "INL", "INL", "INTERNATIONAL", null}
        }) {
      expectCreated(
          "/agencies",
          admin,
          "{\"agencyId\": \"%s\", \"name\": \"%s\", \"acronym\": \"%s\", \"kind\": \"%s\", \"level\": \"%s\"%s}"
              .formatted(
                  agency[0],
                  agency[1],
                  agency[2],
                  agency[3],
                  agency[3],
                  agency[4] == null ? "" : ", \"state\": \"" + agency[4] + "\""));
    }
    expectCreated(
        "/shelters",
        dif,
        """
        {"shelterId": "cat-cancun", "name": "CAT Cancún", "kind": "CAT",
         "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
         "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
        """);
  }

  private void expectCreated(String path, String token, String json) throws Exception {
    HttpResponse<String> answer = command(path, token, json);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
  }

  /** POSTs {@code json} to command-service. */
  HttpResponse<String> command(String path, String token, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(commandUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String commandUrl() {
    return platform.commandService().url("");
  }

  String queryUrl() {
    return platform.queryService().url("");
  }

  /** GETs {@code path} from query-service. */
  HttpResponse<String> query(String path, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(queryUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** How many events the log holds. */
  long events() {
    return log.queryForObject("SELECT count(*) FROM event_store.domain_event_entry", Long.class);
  }

  /**
   * Asserts that every event in the log has exactly one audit-trail row, at its own position, with
   * its own id.
   */
  void assertAuditTrailComplete() {
    assertThat(
            log.queryForObject(
                "SELECT count(*) FROM read_model.audit_trail a"
                    + " JOIN event_store.domain_event_entry e"
                    + " ON e.global_index = a.position AND e.event_identifier = a.event_id",
                Long.class))
        .isEqualTo(events())
        .isEqualTo(log.queryForObject("SELECT count(*) FROM read_model.audit_trail", Long.class));
  }

  /** How many audit-trail rows there are. */
  long auditRows() {
    return log.queryForObject("SELECT count(*) FROM read_model.audit_trail", Long.class);
  }

  @Override
  public void close() {
    platform.close();
  }
}
