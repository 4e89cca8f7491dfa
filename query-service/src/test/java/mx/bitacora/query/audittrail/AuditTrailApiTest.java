package mx.bitacora.query.audittrail;

import static mx.bitacora.query.audittrail.TestAuditTrail.INL;
import static mx.bitacora.query.audittrail.TestAuditTrail.UNODC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /audit-trail} and its CSV export over HTTP: each filter, a cursor that continues
 * exactly after the previous page while events arrive (also one that commits late, below it),
 * correction chains both ways, who may read, malformed parameters, and the export — RFC 4180, the
 * same rows as the JSON, recorded in the access log before it is sent, refusals too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class AuditTrailApiTest extends QueryServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An actor whose name needs quoting in CSV. */
  private static final String QUOTED_ACTOR = "inl \"turno, noche\"";

  /** An actor whose name a spreadsheet would run as a formula. */
  private static final String FORMULA_ACTOR = "=HYPERLINK(\"http://x.example\",\"y\")";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer eventSerializer;

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private final String staff = DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  private QueryApi api;
  private AuditTrailEventLog log;
  private TestAuditTrail.Scenario scenario;
  private String quotedActorsEvent;
  private String formulaActorsEvent;

  @BeforeAll
  void appendTheScenario() {
    api = new QueryApi(port);
    log = new AuditTrailEventLog(eventStore);
    scenario = TestAuditTrail.appendScenario(log);
    quotedActorsEvent =
        log.append(
            new AgencyRenamedEvent(INL, "Oficina INL", "INL"),
            AuditTrailEventLog.by(QUOTED_ACTOR, INL, "req-rename", "AGENCY_STAFF"));
    formulaActorsEvent =
        log.append(
            new AgencyRenamedEvent(INL, "Oficina INL", "INL"),
            AuditTrailEventLog.by(FORMULA_ACTOR, INL, "req-formula", "AGENCY_STAFF"));
    await()
        .atMost(LAG)
        .until(() -> all("").containsAll(List.of(quotedActorsEvent, formulaActorsEvent)));
  }

  @Test
  void eachRow_listsWhatItCorrects_andWhatCorrectsIt() {
    JsonNode receipt = event(scenario.id("receiptAcknowledged"));
    assertThat(texts(receipt.get("correctedBy"))).containsExactly(scenario.id("receiptCorrected"));
    assertThat(receipt.get("corrects").isNull()).isTrue();
    JsonNode correction = event(scenario.id("receiptCorrected"));
    assertThat(correction.get("corrects").asText()).isEqualTo(scenario.id("receiptAcknowledged"));
    assertThat(texts(correction.get("correctedBy"))).isEmpty();
    assertThat(texts(event(scenario.id("referralDeclined")).get("correctedBy")))
        .containsExactly(scenario.id("declineVoided"));
    JsonNode planned = event(scenario.id("deliveryPlanned"));
    assertThat(planned.get("businessTime").asText()).isEqualTo("2022-10-21");
    assertThat(planned.get("aggregateType").asText()).isEqualTo("Delivery");
    assertThat(texts(planned.get("agencies"))).contains(INL.value(), UNODC.value());
    assertThat(planned.get("requestId").asText()).startsWith("req-plan-");
  }

  @Test
  void eachFilter_keepsExactlyTheMatchingEvents() {
    List<JsonNode> everything = rows("");
    assertThat(rows("?agency=inl"))
        .isNotEmpty()
        .isEqualTo(matching(everything, e -> texts(e.get("agencies")).contains("inl")));
    assertThat(rows("?actor=" + encode(QUOTED_ACTOR)))
        .extracting(e -> e.get("eventId").asText())
        .containsExactly(quotedActorsEvent);
    assertThat(rows("?eventType=DeliveryPlannedEvent"))
        .isNotEmpty()
        .allMatch(e -> e.get("eventType").asText().equals("DeliveryPlannedEvent"));
    assertThat(rows("?aggregateType=Delivery&aggregateId=" + scenario.delivery()))
        .extracting(e -> e.get("eventId").asText())
        .containsExactly(
            scenario.id("deliveryPlanned"),
            scenario.id("deliveryDispatched"),
            scenario.id("receiptAcknowledged"),
            scenario.id("receiptCorrected"));
    assertThat(rows("?aggregateType=Referral"))
        .isEqualTo(matching(everything, e -> e.get("aggregateType").asText().equals("Referral")));

    Instant from = Instant.parse(everything.get(3).get("recordedAt").asText());
    Instant to = Instant.parse(everything.get(everything.size() - 3).get("recordedAt").asText());
    assertThat(rows("?from=" + from + "&to=" + to))
        .isEqualTo(
            matching(
                everything,
                e -> {
                  Instant at = Instant.parse(e.get("recordedAt").asText());
                  return !at.isBefore(from) && at.isBefore(to);
                }));
  }

  @Test
  void theCursor_continuesExactlyAfterThePreviousPage_whileEventsArrive_evenOneCommittingLate()
      throws Exception {
    JsonNode first = page("?limit=5", auditor);
    List<Long> seen = new ArrayList<>(positions(first));
    assertThat(seen).hasSize(5);
    long cursor = first.get("nextCursor").asLong();
    assertThat(cursor).isEqualTo(seen.get(4));

    String onTime;
    try (Connection slow = newConnection()) {
      slow.setAutoCommit(false);
      LateCommits.appendWithoutCommitting(
          slow,
          eventSerializer,
          "Agency",
          "agency:late-" + shortId(),
          new AgencyRenamedEvent(new AgencyId("late-agency"), "Tardía", "TRD"),
          TestAuditTrail.byStaff(UNODC, "req-late"));
      onTime =
          log.append(
              new AgencyRenamedEvent(new AgencyId("on-time-agency"), "A tiempo", "ATM"),
              TestAuditTrail.byStaff(UNODC, "req-on-time"));
      await()
          .atMost(LAG)
          .until(
              () ->
                  jdbc.queryForObject(
                          "SELECT count(*) FROM read_model.audit_trail WHERE event_id = ?",
                          Integer.class,
                          onTime)
                      == 1);
      // Projected, yet above a position still to come: not shown, so no cursor can pass it.
      assertThat(all("")).doesNotContain(onTime);
      slow.commit();
    }
    await().atMost(LAG).until(() -> all("").contains(onTime));

    long after = cursor;
    while (true) {
      JsonNode next = page("?limit=5&after=" + after, auditor);
      List<Long> positions = positions(next);
      if (positions.isEmpty()) {
        assertThat(next.get("nextCursor").asLong()).isEqualTo(after);
        break;
      }
      assertThat(positions.get(0)).isGreaterThan(after);
      seen.addAll(positions);
      after = next.get("nextCursor").asLong();
    }
    assertThat(seen)
        .isEqualTo(
            jdbc.queryForList(
                "SELECT position FROM read_model.audit_trail ORDER BY position", Long.class));
  }

  @Test
  void auditorsAndReviewers_read_staffAndAdministrators_get403_andNoTokenIs401() {
    assertThat(api.get("/audit-trail", auditor).status()).isEqualTo(200);
    Answer reviewed = api.get("/audit-trail", reviewer);
    assertThat(reviewed.status()).isEqualTo(200);
    assertThat(reviewed.body().get("events")).isNotEmpty();
    for (String token : List.of(staff, admin)) {
      Answer refused = api.get("/audit-trail", token);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body().get("code").asText()).isEqualTo("FORBIDDEN");
    }
    assertThat(api.get("/audit-trail", null).status()).isEqualTo(401);
  }

  @Test
  void malformedParameters_are400Problems() {
    for (String query :
        List.of(
            "?limit=0",
            "?limit=501",
            "?after=-1",
            "?after=abc",
            "?agency=NOT%20A%20SLUG",
            "?from=yesterday",
            "?to=2022-10-21",
            "?from=2022-10-22T00:00:00Z&to=2022-10-21T00:00:00Z",
            "?eventType=Delivery%3BDROP",
            "?actor=")) {
      Answer answer = api.get("/audit-trail" + query, auditor, "en");
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body().get("code").asText()).as(query).startsWith("INVALID_");
      if (!query.startsWith("?limit") && !query.startsWith("?after")) {
        assertThat(api.get("/audit-trail/export.csv" + query, auditor).status())
            .as(query)
            .isEqualTo(400);
      }
    }
  }

  @Test
  void theExport_isHeadedInTheCallersLanguage_inEnglishWhenAsked() {
    String english = api.getText("/audit-trail/export.csv?agency=inl", auditor, "en").body();
    assertThat(english.lines().findFirst())
        .hasValue(
            "position,event id,event type,object type,object id,number in its history,"
                + "business time,recorded at,actor,actor's agency,actor's roles,request id,"
                + "correlation id,agencies that may see it,corrects,corrected or voided by,"
                + "unreadable (cause),resolution");
  }

  @Test
  void theExport_isCsvWithAHeader_quotedWhereNeeded_andTheSameRowsAsTheJson() throws Exception {
    String filter = "?agency=inl";
    HttpResponse<String> export = exportAs(auditor, filter, "req-export-1");

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/csv")
        .containsIgnoringCase("charset=UTF-8");
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment");
    String[] lines = export.body().split("\r\n", -1);
    // Headings in the caller's language: Spanish unless asked otherwise.
    assertThat(lines[0]).startsWith("posición,id del evento,tipo de evento,");
    assertThat(lines[0].split(",")).hasSize(AuditTrailCsv.HEADER.size());
    assertThat(lines[lines.length - 1]).isEmpty();
    List<JsonNode> json = rows(filter);
    assertThat(lines).hasSize(json.size() + 2);
    for (int i = 0; i < json.size(); i++) {
      JsonNode row = json.get(i);
      assertThat(lines[i + 1]).startsWith(row.get("position").asText() + ",");
      assertThat(lines[i + 1]).contains(row.get("eventId").asText());
    }
    assertThat(export.body())
        .contains(",\"inl \"\"turno, noche\"\"\",inl,AGENCY_STAFF,req-rename,")
        .doesNotContain(scenario.caseReference().value());
  }

  @Test
  void theExport_neutralisesWhatASpreadsheetWouldRunAsAFormula_andParsesBackToTheJsonRows()
      throws Exception {
    String filter = "?agency=inl";
    HttpResponse<String> export = exportAs(auditor, filter, "req-export-formula");

    List<List<String>> records = new ArrayList<>();
    try (MappingIterator<List<String>> parsed =
        new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class)
            .readValues(export.body())) {
      parsed.forEachRemaining(records::add);
    }
    List<JsonNode> json = rows(filter);
    assertThat(records).hasSize(json.size() + 1);
    int actor = AuditTrailCsv.HEADER.indexOf("actor");
    int eventId = AuditTrailCsv.HEADER.indexOf("eventId");
    assertThat(records)
        .filteredOn(record -> record.get(eventId).equals(formulaActorsEvent))
        .singleElement()
        .satisfies(record -> assertThat(record.get(actor)).isEqualTo("'" + FORMULA_ACTOR));
    assertThat(records)
        .flatMap(record -> record)
        .noneMatch(field -> !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0);
  }

  @Test
  void anExport_isInTheAccessLog_beforeItIsSent_andARefusedOneToo() throws Exception {
    HttpResponse<String> allowed =
        exportAs(reviewer, "?agency=inl&eventType=AgencyRenamedEvent", "req-export-logged");
    HttpResponse<String> refused = exportAs(staff, "?actor=someone", "req-export-refused");

    assertThat(allowed.statusCode()).isEqualTo(200);
    JsonNode entry = accessEntry("req-export-logged");
    assertThat(entry.get("view").asText()).isEqualTo("audit-trail-export");
    assertThat(entry.get("actor").asText()).isEqualTo("reviewer-1");
    assertThat(entry.get("allowed").asBoolean()).isTrue();
    assertThat(caseReferencesOf(entry)).isEmpty();
    assertThat(texts(entry.get("owningAgencies"))).containsExactly("inl");
    assertThat(entry.get("filter").get("agency").asText()).isEqualTo("inl");
    assertThat(entry.get("filter").get("eventType").asText()).isEqualTo("AgencyRenamedEvent");
    assertThat(entry.get("filter").get("throughPosition").asLong()).isPositive();

    assertThat(refused.statusCode()).isEqualTo(403);
    JsonNode refusal = accessEntry("req-export-refused");
    assertThat(refusal.get("allowed").asBoolean()).isFalse();
    assertThat(refusal.get("view").asText()).isEqualTo("audit-trail-export");
    assertThat(refusal.get("filter").get("actor").asText()).isEqualTo("someone");
    assertThat(refusal.get("owningAgencies")).isEmpty();
  }

  private HttpResponse<String> exportAs(String token, String filter, String requestId)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/audit-trail/export.csv" + filter))
            .header("Authorization", "Bearer " + token)
            .header("X-Request-Id", requestId)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode accessEntry(String requestId) throws IOException {
    List<String> entries =
        jdbc.queryForList(
            "SELECT entry::text FROM integrity.access_log WHERE entry ->> 'requestId' = ?",
            String.class,
            requestId);
    assertThat(entries).hasSize(1);
    return JSON.readTree(entries.get(0));
  }

  private JsonNode page(String query, String token) {
    Answer answer = api.get("/audit-trail" + query, token);
    assertThat(answer.status()).as(query).isEqualTo(200);
    return answer.body();
  }

  /** Every event matching {@code filters} (a query string or ""), following the cursor. */
  private List<JsonNode> rows(String filters) {
    String separator = filters.isEmpty() ? "?" : filters + "&";
    List<JsonNode> rows = new ArrayList<>();
    long after = 0;
    while (true) {
      JsonNode page = page(separator + "limit=500&after=" + after, auditor);
      page.get("events").forEach(rows::add);
      if (page.get("events").isEmpty()) {
        return rows;
      }
      after = page.get("nextCursor").asLong();
    }
  }

  private List<String> all(String filters) {
    return rows(filters).stream().map(e -> e.get("eventId").asText()).toList();
  }

  private JsonNode event(String eventId) {
    return rows("").stream()
        .filter(e -> e.get("eventId").asText().equals(eventId))
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonNode> matching(List<JsonNode> rows, Predicate<JsonNode> test) {
    return rows.stream().filter(test).toList();
  }

  private static List<Long> positions(JsonNode page) {
    List<Long> positions = new ArrayList<>();
    page.get("events").forEach(e -> positions.add(e.get("position").asLong()));
    return positions;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** The references of the cases an access-log entry names. */
  private static List<String> caseReferencesOf(JsonNode entry) {
    List<String> references = new ArrayList<>();
    entry.path("cases").forEach(reached -> references.add(reached.path("caseReference").asText()));
    return references;
  }
}
