package mx.bitacora.command.messaging;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.PrometheusScrape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * command-service's {@code /actuator/prometheus} against PostgreSQL: open without a token, with the
 * JVM's, HTTP's and Axon's metrics and the platform's own, each moving when what it counts happens:
 * a command by its outcome, a refused request by its code, an access-log write by its kind. The
 * list of exported names the deployment's alert rules and dashboard are checked against ({@value
 * PrometheusScrape#EXPORTED_NAMES_DIRECTORY}/command-service.txt) is kept true here.
 */
@CommandServiceTest
// Spring Boot's tests leave the Prometheus registry out unless asked (a context of its own).
@AutoConfigureObservability(tracing = false)
class CommandMetricsTest {

  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String REVIEWER = DevTokens.mint("rev-1", "segob", "COMPLIANCE_REVIEWER");
  private static final Path EXPORTED =
      Path.of("..", PrometheusScrape.EXPORTED_NAMES_DIRECTORY, "command-service.txt");
  private static final AtomicInteger SHELTERS = new AtomicInteger();

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  private CommandApi api;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  @Test
  void prometheus_answersWithoutAToken_theJvmsHttpsAndAxonsMetrics() {
    ResponseEntity<String> scraped = http.getForEntity("/actuator/prometheus", String.class);

    assertThat(status(scraped)).isEqualTo(200);
    assertThat(String.valueOf(scraped.getHeaders().getContentType())).startsWith("text/plain");
    assertThat(PrometheusScrape.of(scraped.getBody()).names())
        .contains("jvm_memory_used_bytes", "process_cpu_usage", "hikaricp_connections_active");
  }

  @Test
  void aStoredCommand_countsOk_andARefusedOne_countsItsCode_asARefusedRequestToo() {
    String id = registeredRefugio();
    Map<String, String> ok = Map.of("command", "RegisterShelterCommand", "outcome", "OK");
    Map<String, String> refused =
        Map.of("command", "RegisterShelterCommand", "outcome", "SHELTER_ALREADY_RECORDED");
    Map<String, String> refusal = Map.of("code", "SHELTER_ALREADY_RECORDED", "status", "409");
    PrometheusScrape before = scrape();

    registeredRefugio();
    // The same id again, with another name: not a retry, so refused.
    ResponseEntity<String> taken = api.post("/shelters", refugio(id, "Otro nombre"), DIF_STAFF);
    assertThat(status(taken)).as(taken.getBody()).isEqualTo(409);

    PrometheusScrape after = scrape();
    assertThat(after.sum("bitacora_commands_total", ok) - before.sum("bitacora_commands_total", ok))
        .isEqualTo(1);
    assertThat(
            after.sum("bitacora_commands_total", refused)
                - before.sum("bitacora_commands_total", refused))
        .isEqualTo(1);
    assertThat(
            after.sum("bitacora_requests_refused_total", refusal)
                - before.sum("bitacora_requests_refused_total", refusal))
        .isEqualTo(1);
  }

  @Test
  void aLocationRead_andARefusedAttempt_eachCountAnAccessLogWrite() {
    String id = registeredRefugio();
    Map<String, String> allowed = Map.of("allowed", "true", "outcome", "recorded");
    Map<String, String> denied = Map.of("allowed", "false", "outcome", "recorded");
    Map<String, String> forbidden = Map.of("code", "FORBIDDEN", "status", "403");
    PrometheusScrape before = scrape();

    assertThat(status(api.get("/shelters/" + id + "/location", DIF_STAFF))).isEqualTo(200);
    assertThat(status(api.get("/shelters/" + id + "/location", REVIEWER))).isEqualTo(403);

    PrometheusScrape after = scrape();
    String writes = "bitacora_access_log_writes_total";
    assertThat(after.sum(writes, allowed) - before.sum(writes, allowed)).isEqualTo(1);
    assertThat(after.sum(writes, denied) - before.sum(writes, denied)).isEqualTo(1);
    assertThat(
            after.sum("bitacora_requests_refused_total", forbidden)
                - before.sum("bitacora_requests_refused_total", forbidden))
        .isEqualTo(1);
  }

  @Test
  void theListOfExportedNames_holdsEveryPlatformMetric_andOnlyNamesAScrapeShows() {
    // Everything the list names has happened once: a command, a refusal, an access-log write.
    String id = registeredRefugio();
    api.get("/shelters/" + id + "/location", DIF_STAFF);
    System.gc(); // the JVM's GC pause timer exists once a collection happened
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> scrape().names().contains("jvm_gc_pause_seconds_count"));
    PrometheusScrape scraped = scrape();
    Set<String> listed = PrometheusScrape.listedNames(EXPORTED);

    assertThat(scraped.lacking(listed))
        .as("names %s lists that are not exported", EXPORTED)
        .isEmpty();
    assertThat(scraped.platformNamesMissingFrom(listed)).as("missing from %s", EXPORTED).isEmpty();
  }

  private PrometheusScrape scrape() {
    ResponseEntity<String> scraped = http.getForEntity("/actuator/prometheus", String.class);
    assertThat(status(scraped)).isEqualTo(200);
    return PrometheusScrape.of(scraped.getBody());
  }

  private String registeredRefugio() {
    String id = "refugio-medido-" + SHELTERS.incrementAndGet();
    ResponseEntity<String> registered =
        api.post("/shelters", refugio(id, "Refugio Sur"), DIF_STAFF);
    assertThat(status(registered)).as(registered.getBody()).isIn(200, 201);
    return id;
  }

  private static String refugio(String id, String name) {
    return """
        {"shelterId": "%s", "name": "%s", "kind": "REFUGIO",
         "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
         "state": "Quintana Roo", "capacity": 8, "servesMinors": false, "location": "Calle 5"}
        """
        .formatted(id, name);
  }
}
