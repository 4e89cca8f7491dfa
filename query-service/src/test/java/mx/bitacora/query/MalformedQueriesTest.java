package mx.bitacora.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Query parameters are checked before any read runs (and so before its access-log entry is stored):
 * control characters in a value and parameters the operation does not define answer 400 naming the
 * parameter, never echoing the value; the service-wide parameters stay accepted. A query string the
 * container cannot decode and a header value with control characters are 400, never 500 and never
 * answered as if the parameter had not been sent.
 */
class MalformedQueriesTest extends QueryServiceTest {

  private static final String AUDITOR = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private QueryApi api;

  @BeforeEach
  void connect() {
    api = new QueryApi(port);
  }

  @ParameterizedTest
  @CsvSource({
    "/audit-trail?actor=%00x, actor, auditor",
    "/audit-trail?aggregateId=a%00b, aggregateId, auditor",
    "/audit-trail/export.csv?actor=%00x, actor, auditor",
    "/access-log?caseReference=%00QROO, caseReference, staff",
    "/access-log?actor=x%01, actor, staff",
    "/shelters/cat-cancun/materials?item=kit%C2%85, item, staff"
  })
  void controlCharactersInAQueryParameter_answer400_beforeAnythingIsStored(
      String path, String parameter, String who) {
    long accessLogBefore = accessLogEntries();

    QueryApi.Answer answer = api.get(path, who.equals("auditor") ? AUDITOR : DIF_STAFF);

    JsonNode problem = assertProblem(answer, 400, "CONTROL_CHARACTERS");
    assertThat(problem.path("errors").get(0).path("parameter").asText()).isEqualTo(parameter);
    assertThat(accessLogEntries()).isEqualTo(accessLogBefore);
  }

  @ParameterizedTest
  @CsvSource({
    "/audit-trail?agencyy=dif-benito-juarez, agencyy",
    "/access-log?caseReferenc=QROO-2022-0147, caseReferenc",
    "/my-agency?form=2022-01-01T00:00:00Z, form"
  })
  void anUnknownQueryParameter_answers400NamingIt_notItsValue(String path, String parameter) {
    String token = path.startsWith("/audit-trail") ? AUDITOR : DIF_STAFF;
    long accessLogBefore = accessLogEntries();

    JsonNode problem = assertProblem(api.get(path, token), 400, "UNKNOWN_PARAMETER");

    assertThat(problem.path("errors").get(0).path("parameter").asText()).isEqualTo(parameter);
    assertThat(problem.toString()).doesNotContain("QROO-2022-0147").doesNotContain("dif-benito");
    assertThat(accessLogEntries()).isEqualTo(accessLogBefore);
  }

  @ParameterizedTest
  @CsvSource({
    "/audit-trail?limit=5&notOlderThan=0",
    "/my-agency?from=2022-01-01T00:00:00Z&notOlderThan=0"
  })
  void definedAndServiceWideParameters_areAccepted(String path) {
    String token = path.startsWith("/audit-trail") ? AUDITOR : DIF_STAFF;

    assertThat(api.get(path, token).status()).isEqualTo(200);
  }

  @Test
  void aQueryStringTheContainerCannotDecode_answers400_ratherThanAnsweringWithoutTheFilter()
      throws Exception {
    long accessLogBefore = accessLogEntries();

    String answer = overSocket("GET /audit-trail?actor=%ZZsecreto-42", "");

    assertThat(answer)
        .startsWith("HTTP/1.1 400")
        .contains("application/problem+json")
        .contains("\"MALFORMED_REQUEST\"")
        .doesNotContain("secreto-42");
    assertThat(accessLogEntries()).isEqualTo(accessLogBefore);
  }

  @Test
  void aHeaderValueWithControlCharacters_answers400_not500() throws Exception {
    String answer =
        overSocket(
            "GET /referrals/5b0e6a52-51a4-4bd4-8a57-4b2b8d1f0c11",
            "X-Break-Glass-Reason: motivo\u0085secreto\r\n");

    assertThat(answer)
        .startsWith("HTTP/1.1 400")
        .contains("application/problem+json")
        .contains("\"MALFORMED_REQUEST\"")
        .doesNotContain("secreto");
  }

  /** Sends the request line and headers as given (no client re-encodes them), as the auditor. */
  private String overSocket(String requestLine, String headers) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          requestLine
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + AUDITOR
              + "\r\n"
              + headers
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private JsonNode assertProblem(QueryApi.Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("code").asText()).isEqualTo(code);
    return answer.body();
  }

  private long accessLogEntries() {
    return jdbc.queryForObject("SELECT count(*) FROM integrity.access_log", Long.class);
  }
}
