package mx.bitacora.system.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mx.bitacora.system.endtoend.TwoServices;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The OpenAPI documents describe the API exactly: for every operation of each service's {@code
 * /v3/api-docs}, requests generated from the document (one valid for each role, and malformed,
 * unauthenticated, unknown-parameter and wrong-media-type ones) are sent, and each answer's status,
 * media type and body must be one the document lists for that operation.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> TOKENS =
      Map.of(
          "agency staff", DevTokens.mint("unodc-staff-1", "unodc-mexico", "AGENCY_STAFF"),
          "commission auditor", DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR"),
          "compliance reviewer", DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER"),
          "platform administrator", DevTokens.mint("ops-1", "bitacora-ops", "PLATFORM_ADMIN"));

  private static TwoServices services;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    services = TwoServices.start(FreshDatabase.create("contract"));
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void commandServiceAnswersAsItsDocumentSays() throws Exception {
    assertThat(check(services.commandServiceUrl())).isEmpty();
  }

  @Test
  void queryServiceAnswersAsItsDocumentSays() throws Exception {
    assertThat(check(services.queryServiceUrl())).isEmpty();
  }

  /** Every mismatch between the service's answers and its document, one line each. */
  private List<String> check(String base) throws Exception {
    String text = get(base + "/v3/api-docs").body();
    JsonNode document = JSON.readTree(text);
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(text).build();
    SampleValues samples = new SampleValues(document);
    List<String> mismatches = new ArrayList<>();
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        operations++;
        for (Exchange exchange : exchanges(path.getKey(), op.getKey(), op.getValue(), samples)) {
          mismatches.addAll(send(base, exchange, validator));
        }
      }
    }
    assertThat(operations).as("operations in " + base).isGreaterThan(20);
    return mismatches;
  }

  /** The requests generated for one operation. */
  private static List<Exchange> exchanges(
      String template, String method, JsonNode operation, SampleValues samples) {
    String path = template;
    String query = "";
    String invalidPath = template;
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode schema = samples.resolved(parameter.path("schema"));
      String name = parameter.get("name").asText();
      JsonNode value = samples.of(schema);
      String text = value == null ? "x" : value.asText();
      switch (parameter.get("in").asText()) {
        case "path" -> {
          path = path.replace("{" + name + "}", encode(text));
          invalidPath = invalidPath.replace("{" + name + "}", "no%20v%C3%A1lido");
        }
        case "query" -> {
          if (parameter.path("required").asBoolean(false)) {
            query += (query.isEmpty() ? "?" : "&") + name + "=" + encode(text);
          }
        }
        default -> {}
      }
    }
    JsonNode bodySchema =
        operation.path("requestBody").path("content").path("application/json").path("schema");
    String body = bodySchema.isMissingNode() ? null : String.valueOf(samples.of(bodySchema));
    String accept =
        operation.path("responses").toString().contains("text/event-stream")
            ? "text/event-stream"
            : "*/*";
    List<Exchange> exchanges = new ArrayList<>();
    for (Map.Entry<String, String> token : TOKENS.entrySet()) {
      exchanges.add(
          new Exchange(
              operation,
              method,
              path + query,
              token.getValue(),
              body,
              "application/json",
              accept,
              "valid, as " + token.getKey()));
    }
    String staff = TOKENS.get("agency staff");
    String auditor = TOKENS.get("commission auditor");
    exchanges.add(
        new Exchange(
            operation, method, path + query, null, body, "application/json", accept, "no token"));
    exchanges.add(
        new Exchange(
            operation,
            method,
            path + (query.isEmpty() ? "?" : query + "&") + "desconocido=1",
            auditor,
            body,
            "application/json",
            accept,
            "unknown parameter"));
    if (!invalidPath.equals(template)) {
      exchanges.add(
          new Exchange(
              operation,
              method,
              invalidPath + query,
              staff,
              body,
              "application/json",
              accept,
              "malformed path parameter"));
    }
    if (body != null) {
      exchanges.add(
          new Exchange(
              operation,
              method,
              path + query,
              staff,
              "{\"a\":",
              "application/json",
              accept,
              "malformed body"));
      exchanges.add(
          new Exchange(
              operation,
              method,
              path + query,
              staff,
              "{}",
              "application/json",
              accept,
              "empty object body"));
      exchanges.add(
          new Exchange(
              operation,
              method,
              path + query,
              staff,
              body,
              "text/plain",
              accept,
              "wrong media type"));
    }
    return exchanges;
  }

  private List<String> send(String base, Exchange exchange, OpenApiInteractionValidator validator)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + exchange.target()))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", exchange.accept())
            .method(
                exchange.method().toUpperCase(),
                exchange.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(exchange.body()));
    if (exchange.body() != null) {
      request.header("Content-Type", exchange.contentType());
    }
    if (exchange.token() != null) {
      request.header("Authorization", "Bearer " + exchange.token());
    }
    HttpResponse<InputStream> answer =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    String contentType = answer.headers().firstValue("Content-Type").orElse(null);
    String body;
    try (InputStream stream = answer.body()) {
      // A stream of events never ends: its status and media type are what can be checked.
      body =
          contentType != null && contentType.startsWith("text/event-stream")
              ? null
              : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (body == null) {
      // The validator would want a body: check the status and media type against the document.
      JsonNode documented =
          exchange.operation().path("responses").path(Integer.toString(answer.statusCode()));
      return documented.path("content").has("text/event-stream")
          ? List.of()
          : List.of(
              describe(
                  exchange, answer.statusCode(), contentType, "", "undocumented event stream"));
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      response.withBody(body);
    }
    String path = exchange.target().split("\\?")[0];
    ValidationReport report =
        validator.validateResponse(
            path, Request.Method.valueOf(exchange.method().toUpperCase()), response.build());
    if (!report.hasErrors()) {
      return List.of();
    }
    return List.of(
        describe(
            exchange,
            answer.statusCode(),
            contentType,
            body,
            report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage)
                .collect(Collectors.joining("; "))));
  }

  private static String describe(
      Exchange exchange, int status, String contentType, String body, String mismatch) {
    return exchange.method().toUpperCase()
        + " "
        + exchange.target()
        + " ("
        + exchange.description()
        + ") answered "
        + status
        + " "
        + contentType
        + ": "
        + mismatch
        + " — "
        + body.substring(0, Math.min(body.length(), 300));
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** One generated request and what it is meant to show. */
  private record Exchange(
      JsonNode operation,
      String method,
      String target,
      String token,
      String body,
      String contentType,
      String accept,
      String description) {}
}
