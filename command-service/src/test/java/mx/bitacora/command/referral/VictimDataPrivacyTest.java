package mx.bitacora.command.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.casekeys.CaseCipher;
import mx.bitacora.command.casekeys.CaseDataUnavailableException;
import mx.bitacora.command.casekeys.VictimDetails;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Victims' data never rests in plain text, and erasing a case makes its details unreadable while
 * every event stays. Canary values go through the API; then every table of the database (events,
 * snapshots, any token or dead-letter table, the key tables) and the log output, with web and Axon
 * debug logging on, are searched for them.
 */
@CommandServiceTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
    properties = {
      // The more the service logs, the more a leak would show.
      "logging.level.org.springframework.web=DEBUG",
      // ...but not the test's own HTTP client, which shares the JVM and logs what it sends.
      "logging.level.org.springframework.web.client=INFO",
      "logging.level.org.springframework.web.HttpLogging=INFO",
      "logging.level.org.axonframework=DEBUG",
      "logging.level.mx.bitacora=DEBUG"
    })
class VictimDataPrivacyTest {

  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final String ADMIN = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private static final String AUDITOR = DevTokens.mint("aud-1", "segob", "COMMISSION_AUDITOR");

  /** Distinctive values no code or fixture would produce by chance. */
  private static final List<String> CANARIES =
      List.of(
          "CanarioNotaXq7Zr",
          "CanarioSexoJm4Wp",
          "CanarioNacionalidadBt9Lk",
          "CanarioClaveAtributoHv2Ns",
          "CanarioValorAtributoYe6Dc",
          "CanarioRechazadoUu3Fg",
          "CanarioEnmiendaWz5Kb",
          "CanarioNotaCasoPq8Rt",
          "CanarioSiguientePasoLm3Vd");

  private static final int CANARY_AGE = 1317 % 100; // 17: also checked as "age":17

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private CaseCipher cipher;

  @Value("${bitacora.crypto.master-key}")
  private String masterKey;

  @Test
  void canaries_neverAppearInPlainText_inAnyTableOrLog(CapturedOutput output) throws Exception {
    String caseReference = "CANARY-CASE-0001";
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    assertThat(status(post("/referrals", canaryBody(first, caseReference), FISCALIA_STAFF)))
        .isEqualTo(201);
    assertThat(status(post("/referrals", canaryBody(second, caseReference), FISCALIA_STAFF)))
        .isEqualTo(201);
    post("/referrals/" + first + "/accept", null, DIF_STAFF);
    // The receiver reads them (the answer holds them; the access log records the read, not them).
    ResponseEntity<String> read =
        http.exchange(
            "/referrals/" + first + "/victim-details?purpose=CARE",
            HttpMethod.GET,
            new HttpEntity<>(authorizedAs(DIF_STAFF)),
            String.class);
    assertThat(read.getBody()).contains(CANARIES.get(0));
    // The issuer amends the details, the receiver adds a case note; both are read back.
    post(
        "/referrals/" + first + "/victim-details/amendments",
        """
        {"amendmentId": "%s", "victimDetails": {"notes": "%s"}}
        """
            .formatted(UUID.randomUUID(), CANARIES.get(6)),
        FISCALIA_STAFF);
    post(
        "/referrals/" + first + "/case-notes",
        """
        {"noteId": "%s", "note": {"careGiven": "%s", "nextSteps": "%s"}}
        """
            .formatted(UUID.randomUUID(), CANARIES.get(7), CANARIES.get(8)),
        DIF_STAFF);
    assertThat(
            http.exchange(
                    "/referrals/" + first + "/victim-details?purpose=CARE",
                    HttpMethod.GET,
                    new HttpEntity<>(authorizedAs(DIF_STAFF)),
                    String.class)
                .getBody())
        .contains(CANARIES.get(6));
    assertThat(
            http.exchange(
                    "/referrals/" + first + "/case-notes?purpose=FOLLOW_UP",
                    HttpMethod.GET,
                    new HttpEntity<>(authorizedAs(FISCALIA_STAFF)),
                    String.class)
                .getBody())
        .contains(CANARIES.get(7), CANARIES.get(8));
    // A refused request (implausible age) carrying a canary: stored nowhere, logged nowhere.
    ResponseEntity<String> refused =
        post(
            "/referrals",
            canaryBody(UUID.randomUUID(), caseReference)
                .replace("\"age\": " + CANARY_AGE, "\"age\": 999")
                .replace(CANARIES.get(0), CANARIES.get(5)),
            FISCALIA_STAFF);
    assertThat(status(refused)).isEqualTo(400);
    assertThat(refused.getBody()).doesNotContain(CANARIES.get(5));

    String everything = dumpOfEveryTable();

    // The dump does see the stored facts: the scan is not blind.
    assertThat(everything)
        .contains(
            caseReference, first.toString(), "ReferralIssuedEvent", "referral-victim-details");
    assertThat(everything).doesNotContain(CANARIES);
    assertThat(everything).doesNotContain("\"age\":" + CANARY_AGE);
    assertThat(output.getAll()).contains("ReferralController"); // debug logging was on
    assertThat(output.getAll()).doesNotContain(CANARIES);

    // The details are there, sealed, and open with the case's key.
    VictimDetails opened =
        cipher.open(FISCALIA, new ReferralId(first), issuedEvent(first).victimDetails());
    assertThat(opened.notes()).isEqualTo(CANARIES.get(0));
    assertThat(opened.attributes()).containsEntry(CANARIES.get(3), CANARIES.get(4));
  }

  @Test
  void theKeyTable_holdsOnlyWrappedKeys_neverTheMasterKey() {
    String caseReference = "CANARY-CASE-0002";
    assertThat(
            status(
                post("/referrals", canaryBody(UUID.randomUUID(), caseReference), FISCALIA_STAFF)))
        .isEqualTo(201);
    byte[] wrapped =
        jdbc.queryForObject(
            "select wrapped_key from case_keys.case_key where case_reference = ?",
            byte[].class,
            caseReference);
    byte[] master = Base64.getDecoder().decode(masterKey);

    String hex = HexFormat.of().formatHex(wrapped);
    assertThat(hex).doesNotContain(HexFormat.of().formatHex(master));
    assertThat(new String(wrapped, StandardCharsets.ISO_8859_1)).doesNotContain(masterKey);
    assertThatThrownBy(
            () -> TinkProtoKeysetFormat.parseKeyset(wrapped, InsecureSecretKeyAccess.get()))
        .isInstanceOf(GeneralSecurityException.class);
    assertThat(dumpOfEveryTable()).doesNotContain(masterKey);
  }

  @Test
  void erasingACase_keepsEveryEvent_butItsDetailsCanNeverBeReadAgain() throws Exception {
    String caseReference = "CANARY-CASE-0003";
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    post("/referrals", canaryBody(first, caseReference), FISCALIA_STAFF);
    post("/referrals", canaryBody(second, caseReference), FISCALIA_STAFF);
    post("/referrals/" + first + "/accept", null, DIF_STAFF);
    long eventsBefore = allEvents();
    List<byte[]> payloadsBefore = payloadsOf(first, second);
    assertThat(
            cipher
                .open(FISCALIA, new ReferralId(first), issuedEvent(first).victimDetails())
                .notes())
        .isEqualTo(CANARIES.get(0));

    ResponseEntity<String> erased = post(erasePath(caseReference), null, ADMIN);

    assertThat(status(erased)).as(erased.getBody()).isEqualTo(200);
    assertThat(allEvents()).isEqualTo(eventsBefore + 1); // plus CaseErasedEvent
    assertThat(payloadsOf(first, second)).containsExactlyElementsOf(payloadsBefore);
    for (UUID referral : List.of(first, second)) {
      ReferralIssuedEvent event = issuedEvent(referral);
      assertThatThrownBy(
              () -> cipher.open(FISCALIA, new ReferralId(referral), event.victimDetails()))
          .isInstanceOf(CaseDataUnavailableException.class);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_keys.case_key where case_reference = ?",
                Long.class,
                caseReference))
        .isZero();
    JsonNode erasure =
        json.readTree(
            jdbc.queryForObject(
                "select payload from event_store.domain_event_entry where aggregate_identifier = ?",
                byte[].class,
                "case:" + FISCALIA + "/" + caseReference));
    assertThat(erasure.path("caseReference").asText()).isEqualTo(caseReference);
    assertThat(erasure.path("issuingAgency").asText()).isEqualTo(FISCALIA.value());
    assertThat(erasure.size()).isEqualTo(2);
  }

  @Test
  void anErasedCase_takesNoNewReferral_andCannotBeErasedTwice() throws Exception {
    String caseReference = "CANARY-CASE-0004";
    post("/referrals", canaryBody(UUID.randomUUID(), caseReference), FISCALIA_STAFF);
    assertThat(status(post(erasePath(caseReference), null, ADMIN))).isEqualTo(200);
    long events = allEvents();

    assertCode(
        post("/referrals", canaryBody(UUID.randomUUID(), caseReference), FISCALIA_STAFF),
        409,
        "CASE_ERASED");
    assertCode(post(erasePath(caseReference), null, ADMIN), 409, "CASE_ALREADY_ERASED");
    assertThat(allEvents()).isEqualTo(events);
  }

  @Test
  void aRetryAfterErasure_isRefused_asANewReferralWouldBe() throws Exception {
    String caseReference = "CANARY-CASE-0006";
    UUID id = UUID.randomUUID();
    assertThat(status(post("/referrals", canaryBody(id, caseReference), FISCALIA_STAFF)))
        .isEqualTo(201);
    assertThat(status(post("/referrals", canaryBody(id, caseReference), FISCALIA_STAFF)))
        .isEqualTo(201);
    assertThat(status(post(erasePath(caseReference), null, ADMIN))).isEqualTo(200);
    long events = allEvents();

    assertCode(
        post("/referrals", canaryBody(id, caseReference), FISCALIA_STAFF), 409, "CASE_ERASED");
    assertThat(allEvents()).isEqualTo(events);
  }

  @Test
  void onlyPlatformAdministrators_eraseKnownCases() throws Exception {
    String caseReference = "CANARY-CASE-0005";
    post("/referrals", canaryBody(UUID.randomUUID(), caseReference), FISCALIA_STAFF);
    long events = allEvents();

    assertCode(post(erasePath(caseReference), null, AUDITOR), 403, "FORBIDDEN");
    assertCode(post(erasePath(caseReference), null, FISCALIA_STAFF), 403, "FORBIDDEN");
    assertCode(post(erasePath("UNKNOWN-CASE-9999"), null, ADMIN), 404, "CASE_NOT_FOUND");
    // The case is the issuing agency's: an erasure must say whose.
    assertCode(post("/cases/" + caseReference + "/erase", null, ADMIN), 400, "INVALID_PARAMETER");
    assertCode(
        post("/cases/not a case/erase?issuingAgency=" + FISCALIA, null, ADMIN),
        400,
        "INVALID_PARAMETER");
    assertThat(allEvents()).isEqualTo(events);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from case_keys.case_key where case_reference = ?",
                Long.class,
                caseReference))
        .isEqualTo(1);
  }

  /** Erasure of the case the Fiscalía issued under {@code caseReference}. */
  private static String erasePath(String caseReference) {
    return "/cases/" + caseReference + "/erase?issuingAgency=" + FISCALIA;
  }

  /**
   * Every row of every table outside PostgreSQL's own schemas, as text; binary columns rendered
   * with {@code encode(..., 'escape')}, which keeps printable ASCII as it is.
   */
  private String dumpOfEveryTable() {
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select table_schema, table_name, column_name, data_type from information_schema.columns"
                + " where table_schema not in ('pg_catalog', 'information_schema')"
                + " order by table_schema, table_name, ordinal_position");
    Map<String, List<String>> expressions = new java.util.LinkedHashMap<>();
    for (Map<String, Object> column : columns) {
      String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
      String name = "\"" + column.get("column_name") + "\"";
      String expression =
          "bytea".equals(column.get("data_type"))
              ? "coalesce(encode(" + name + ", 'escape'), '')"
              : "coalesce(" + name + "::text, '')";
      expressions.computeIfAbsent(table, t -> new ArrayList<>()).add(expression);
    }
    assertThat(expressions)
        .containsKeys(
            "\"event_store\".\"domain_event_entry\"",
            "\"event_store\".\"snapshot_event_entry\"",
            "\"case_keys\".\"case_key\"");
    StringBuilder dump = new StringBuilder();
    expressions.forEach(
        (table, exprs) ->
            jdbc.queryForList(
                    "select concat_ws(' ', " + String.join(", ", exprs) + ") from " + table,
                    String.class)
                .forEach(row -> dump.append(table).append(": ").append(row).append('\n')));
    return dump.toString();
  }

  private ReferralIssuedEvent issuedEvent(UUID referral) throws Exception {
    return json.readValue(
        jdbc.queryForObject(
            "select payload from event_store.domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 0",
            byte[].class,
            referral.toString()),
        ReferralIssuedEvent.class);
  }

  private List<byte[]> payloadsOf(UUID first, UUID second) {
    return jdbc.queryForList(
        "select payload from event_store.domain_event_entry"
            + " where aggregate_identifier in (?, ?) order by global_index",
        byte[].class,
        first.toString(),
        second.toString());
  }

  private long allEvents() {
    return jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Long.class);
  }

  private void assertCode(ResponseEntity<String> response, int status, String code)
      throws Exception {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
    assertThat(json.readTree(response.getBody()).path("code").asText()).isEqualTo(code);
  }

  private static int status(ResponseEntity<String> response) {
    return response.getStatusCode().value();
  }

  private static HttpHeaders authorizedAs(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return headers;
  }

  private ResponseEntity<String> post(String path, String body, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  static String canaryBody(UUID id, String caseReference) {
    return """
        {
          "referralId": "%s",
          "caseReference": "%s",
          "receivingAgency": "dif-benito-juarez",
          "receivingShelter": "cat-cancun",
          "service": "SHELTER",
          "urgency": "EMERGENCY",
          "consent": {"givenOn": "2022-10-20", "scope": "SERVICE_AND_FOLLOW_UP"},
          "victimDetails": {
            "notes": "%s",
            "age": %d,
            "sex": "%s",
            "nationality": "%s",
            "attributes": {"%s": "%s"}
          }
        }
        """
        .formatted(
            id,
            caseReference,
            CANARIES.get(0),
            CANARY_AGE,
            CANARIES.get(1),
            CANARIES.get(2),
            CANARIES.get(3),
            CANARIES.get(4));
  }
}
