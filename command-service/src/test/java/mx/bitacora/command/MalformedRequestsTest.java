package mx.bitacora.command;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed requests of every kind answer a 4xx problem with a code, never 500 or an HTML page,
 * never echo what was sent, and store nothing: control characters in any text field, duplicate JSON
 * keys, unknown query parameters, path ids Tomcat refuses, oversized headers.
 */
@CommandServiceTest
class MalformedRequestsTest {

  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");

  @LocalServerPort int port;
  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  private CommandApi api;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  static Stream<Arguments> textFieldsWithControlCharacters() {
    return Stream.of(
        Arguments.of(
            "/shelters", DIF_STAFF, shelter("CAT\\u0000", "Benito Juárez", "QRoo"), "name"),
        Arguments.of(
            "/shelters", DIF_STAFF, shelter("CAT", "Benito\\u0007", "QRoo"), "municipality"),
        Arguments.of("/shelters", DIF_STAFF, shelter("CAT", "Benito", "Q\\u0085Roo"), "state"),
        Arguments.of(
            "/shelters", DIF_STAFF, shelter("CAT", "Benito\\ud800", "QRoo"), "municipality"),
        Arguments.of("/agencies", ADMIN, agency("DIF\\u0000", "DIF"), "name"),
        Arguments.of("/agencies", ADMIN, agency("DIF", "D\\u001bIF"), "acronym"),
        Arguments.of(
            "/deliveries",
            UNODC_STAFF,
            delivery("Kit\\u0000", "kit", "Directora"),
            "items[0].description"),
        Arguments.of(
            "/deliveries", UNODC_STAFF, delivery("Kit", "k\\u0000", "Directora"), "items[0].unit"),
        Arguments.of(
            "/deliveries",
            UNODC_STAFF,
            delivery("Kit", "kit", "Dir\\u007fectora"),
            "witnesses[0].title"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("textFieldsWithControlCharacters")
  void controlCharactersInAnyTextField_answer400NamingTheField_andStoreNothing(
      String path, String token, String body, String field) throws Exception {
    long before = api.allEvents();

    JsonNode problem = api.assertProblem(api.post(path, body, token), 400, "CONTROL_CHARACTERS");

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(problem.toString()).doesNotContain("\\u0000").doesNotContain("Kit");
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @Test
  void tabsLineBreaksAndCharactersBeyondTheBmp_areTextInAFreeTextField() {
    String shelter = "albergue-saltos";
    assertThat(status(api.post("/shelters", shelterWithId(shelter), DIF_STAFF))).isEqualTo(201);

    var closed =
        api.post(
            "/shelters/" + shelter + "/close",
            "{\"closedOn\": \"2023-01-31\", \"reason\": \"Cierre:\\n\\tfin del convenio \\ud83c\\udfe0\\r\\n\"}",
            DIF_STAFF);

    assertThat(status(closed)).as(closed.getBody()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"capacity\": 24, \"capacity\": 24}",
        "{\"capacity\": 24, \"capacity\": 30}",
      })
  void duplicateJsonKeys_answer400MalformedBody(String body) throws Exception {
    long before = api.allEvents();

    api.assertProblem(
        api.post("/shelters/cat-cancun/capacity", body, DIF_STAFF), 400, "MALFORMED_BODY");
    api.assertProblem(
        api.post(
            "/shelters",
            shelterWithId("albergue-duplicado").replace("{", "{\"name\": \"X\", "),
            DIF_STAFF),
        400,
        "MALFORMED_BODY");
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "{\"capacity\": 30}", "]"})
  void anythingAfterTheJsonDocument_answers400MalformedBody(String trailing) throws Exception {
    long before = api.allEvents();

    api.assertProblem(
        api.post("/shelters", shelterWithId("albergue-cola") + trailing, DIF_STAFF),
        400,
        "MALFORMED_BODY");
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @Test
  void anUnknownQueryParameter_answers400NamingIt_butNotItsValue() throws Exception {
    long before = api.allEvents();

    JsonNode problem =
        api.assertProblem(
            api.post(
                "/shelters?operatingAgencyy=secreto-42", shelterWithId("albergue-q"), DIF_STAFF),
            400,
            "UNKNOWN_PARAMETER");

    assertThat(problem.path("errors").get(0).path("parameter").asText())
        .isEqualTo("operatingAgencyy");
    assertThat(problem.toString()).doesNotContain("secreto-42");
    assertThat(api.allEvents()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"%00x", "a%2Fb", "%ZZ", "a%5Cb", "a%25b", "a;b=c"})
  void aPathIdTheContainerRefuses_answersAProblemWithACode_notHtml(String id) throws Exception {
    RawAnswer answer = overSocket("POST /shelters/" + id + "/close");

    assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.path("code").asText()).as(answer.body()).isNotBlank();
    assertThat(answer.status()).isBetween(400, 499).isEqualTo(problem.path("status").asInt());
    assertThat(answer.body()).doesNotContain(id).doesNotContainIgnoringCase("<html");
  }

  /** Sends a request line as given (no client re-encodes it) and reads the whole answer. */
  private RawAnswer overSocket(String requestLine) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          requestLine
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + DIF_STAFF
              + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
              + "Connection: close\r\n\r\n{}";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headersEnd = answer.indexOf("\r\n\r\n");
      String head = answer.substring(0, headersEnd);
      String body = answer.substring(headersEnd + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
      }
      String contentType =
          head.lines()
              .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
              .map(line -> line.substring("content-type:".length()).strip())
              .findFirst()
              .orElse("");
      return new RawAnswer(Integer.parseInt(head.split(" ")[1]), contentType, body);
    }
  }

  private record RawAnswer(int status, String contentType, String body) {}

  @Test
  void aTokenOverEightKilobytes_answersAProblemWithACode() throws Exception {
    String huge = DIF_STAFF + "x".repeat(9 * 1024);

    HttpResponse<String> response =
        raw(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shelters"))
                .header("Authorization", "Bearer " + huge)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(shelterWithId("albergue-grande"))));

    assertProblemWithCode(response);
    assertThat(response.statusCode()).isBetween(400, 499);
  }

  @Test
  void aProblemNeverEchoesThePathId() throws Exception {
    String id = "albergue-que-no-existe-7731";

    var response = api.post("/shelters/" + id + "/close", closeBody(), DIF_STAFF);

    api.assertProblem(response, 404, "SHELTER_NOT_FOUND");
    assertThat(response.getBody()).doesNotContain(id);
  }

  private void assertProblemWithCode(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .as(response.body())
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("code").asText()).as(response.body()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
  }

  private static HttpResponse<String> raw(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String shelter(String name, String municipality, String state) {
    return """
        {"shelterId": "albergue-control", "name": "%s", "kind": "CAT",
         "operatingAgency": "dif-benito-juarez", "municipality": "%s",
         "state": "%s", "capacity": 24, "servesMinors": true}
        """
        .formatted(name, municipality, state);
  }

  private static String shelterWithId(String id) {
    return shelter("CAT Cancún", "Benito Juárez", "Quintana Roo").replace("albergue-control", id);
  }

  private static String agency(String name, String acronym) {
    return """
        {"agencyId": "agencia-control", "name": "%s", "acronym": "%s", "kind": "FEDERAL",
         "level": "FEDERAL"}
        """
        .formatted(name, acronym);
  }

  private static String delivery(String description, String unit, String title) {
    return """
        {"deliveryId": "5b0e6a52-51a4-4bd4-8a57-4b2b8d1f0c11", "fundingAgency": "inl",
         "deliveringAgencies": ["unodc-mexico"], "receivingShelter": "cat-cancun",
         "receivingAgency": "dif-benito-juarez", "occurredOn": "2022-10-21",
         "items": [{"description": "%s", "quantity": 20, "unit": "%s"}],
         "witnesses": [{"title": "%s", "agency": "segob"}]}
        """
        .formatted(description, unit, title);
  }

  private static String closeBody() {
    return "{\"closedOn\": \"2023-01-31\", \"reason\": \"Fin del convenio\"}";
  }
}
