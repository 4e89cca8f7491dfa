package mx.bitacora.command.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link VictimDataPrivacyTest} again under the {@code json-logs} profile: its canaries are in no
 * structured (JSON) log line either. And the structured lines are what operators search: every line
 * is one JSON object, and the lines a request causes once its token is checked name its request id
 * and the caller's agency, those of the command it sends the command's correlation id too.
 */
@ActiveProfiles("json-logs") // besides dev
class VictimDataPrivacyJsonLogsTest extends VictimDataPrivacyTest {

  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String REQUEST_ID = "req-json-logs-0001";

  /**
   * Logging is set up once per JVM, by the first context to start (a later one finds it set up and
   * keeps it): this class's context must set it up again, as JSON, and the next new one after it.
   */
  @BeforeAll
  @AfterAll
  static void letTheNextContextSetUpLogging() {
    LoggingSystem.get(VictimDataPrivacyJsonLogsTest.class.getClassLoader()).cleanUp();
  }

  @Autowired private TestRestTemplate http;
  @Autowired private ObjectMapper json;
  @Autowired private JdbcTemplate jdbc;

  @Test
  void everyLineIsJson_andARequestsLinesNameItsRequestIdAgencyAndCorrelationId(
      CapturedOutput output) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(FISCALIA_STAFF);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Request-Id", REQUEST_ID);
    UUID referral = UUID.randomUUID();
    String body = canaryBody(referral, "CANARY-CASE-0101");

    ResponseEntity<String> issued =
        http.exchange("/referrals", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);

    assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(201);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : output.getOut().split("\n")) {
      if (!line.isBlank()) {
        lines.add(json.readTree(line)); // fails on any line that is not JSON
      }
    }
    List<JsonNode> ofTheRequest =
        lines.stream().filter(line -> REQUEST_ID.equals(line.path("requestId").asText())).toList();
    assertThat(ofTheRequest)
        .filteredOn(line -> afterTheTokenCheck(line.path("log").path("logger").asText()))
        .hasSizeGreaterThan(5)
        .allSatisfy(
            line ->
                assertThat(line.path("actorAgency").asText()).isEqualTo("fiscalia-quintana-roo"));
    // The lines logged while the command was handled name the correlation id its event carries.
    JsonNode stored =
        json.readTree(
            jdbc.queryForObject(
                "select meta_data from event_store.domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = 0",
                byte[].class,
                referral.toString()));
    assertThat(
            ofTheRequest.stream()
                .map(line -> line.path("correlationId").asText())
                .filter(id -> !id.isEmpty())
                .distinct())
        .containsExactly(stored.path("correlationId").asText());
  }

  /** Loggers that log only once the security filters have checked the token. */
  private static boolean afterTheTokenCheck(String logger) {
    return logger.startsWith("org.axonframework")
        || logger.startsWith("mx.bitacora.command")
        || logger.startsWith("org.springframework.web.servlet");
  }
}
