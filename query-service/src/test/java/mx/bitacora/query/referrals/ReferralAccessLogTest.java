package mx.bitacora.query.referrals;

import static mx.bitacora.query.referrals.TestReferrals.UNODC;
import static mx.bitacora.query.referrals.TestReferrals.byFiscaliaStaff;
import static mx.bitacora.query.referrals.TestReferrals.byThePlatform;
import static mx.bitacora.query.referrals.TestReferrals.escalated;
import static mx.bitacora.query.referrals.TestReferrals.issued;
import static mx.bitacora.query.referrals.TestReferrals.newCase;
import static mx.bitacora.query.referrals.TestReferrals.newReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every request to the referral views is in {@code integrity.access_log} by the time it is
 * answered: who, for which agency and roles, which view and filter, which cases the answer held or
 * the attempt aimed at and the agencies they belong to, whether it was allowed, and a break-glass
 * reason. Refused attempts are kept although their requests fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class ReferralAccessLogTest extends QueryServiceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REASON_HEADER = "X-Break-Glass-Reason";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  /** Fiscalía to DIF Benito Juárez, not escalated. */
  private final ReferralId referral = newReferral();

  private final CaseReference caseReference = newCase();

  /** Fiscalía to DIF Benito Juárez, escalated. */
  private final ReferralId escalatedOne = newReferral();

  private final CaseReference escalatedCase = newCase();

  private QueryApi api;

  private final String difStaff =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  @BeforeAll
  void recordTwoReferrals() {
    api = new QueryApi(port);
    ReferralEventLog log = new ReferralEventLog(eventStore);
    log.append(issued(referral, caseReference, Urgency.URGENT), byFiscaliaStaff("req-log-01"));
    log.append(issued(escalatedOne, escalatedCase, Urgency.URGENT), byFiscaliaStaff("req-log-02"));
    log.append(escalated(escalatedOne, escalatedCase, Instant.now()), byThePlatform());
    await()
        .atMost(LAG)
        .untilAsserted(
            () ->
                assertThat(
                        api.get(detail(escalatedOne), auditor).body().get("escalated").asBoolean())
                    .isTrue());
  }

  @Test
  void readingAReferralAsDifStaff_theReceiver_isRecorded_withDifAsAnOwningAgency() {
    String requestId = newRequestId();

    Answer answer = read(detail(referral), difStaff, requestId, Map.of());

    assertThat(answer.status()).isEqualTo(200);
    JsonNode entry = entryOf(requestId);
    assertThat(entry.get("actor").asText()).isEqualTo("dif-staff-1");
    assertThat(entry.get("actorAgency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(texts(entry.get("roles"))).containsExactly("AGENCY_STAFF");
    assertThat(entry.get("view").asText()).isEqualTo("referral-detail");
    assertThat(caseReferencesOf(entry)).containsExactly(caseReference.value());
    assertThat(texts(entry.get("owningAgencies")))
        .containsExactly("fiscalia-quintana-roo", "dif-benito-juarez");
    assertThat(entry.get("filter").get("referralId").asText()).isEqualTo(referral.toString());
    assertThat(entry.get("allowed").asBoolean()).isTrue();
    assertThat(entry.get("breakGlass").asBoolean()).isFalse();
    assertThat(entry.get("breakGlassReason").isNull()).isTrue();
    assertThat(entry.get("accessedAtMillis").asLong())
        .isEqualTo(Instant.parse(entry.get("accessedAt").asText()).toEpochMilli());
  }

  @Test
  void readingAList_isRecorded_withEveryCaseOnThePage_theirAgencies_andTheFilter() {
    String requestId = newRequestId();

    Answer answer =
        read("/referrals?direction=RECEIVED&urgency=URGENT&size=50", difStaff, requestId, Map.of());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("referrals")).hasSize(2);
    JsonNode entry = entryOf(requestId);
    assertThat(entry.get("view").asText()).isEqualTo("referral-list");
    assertThat(caseReferencesOf(entry))
        .containsExactlyInAnyOrder(caseReference.value(), escalatedCase.value());
    assertThat(texts(entry.get("owningAgencies")))
        .containsExactlyInAnyOrder("fiscalia-quintana-roo", "dif-benito-juarez");
    assertThat(entry.get("filter"))
        .isEqualTo(
            JSON.valueToTree(
                Map.of("direction", "RECEIVED", "urgency", "URGENT", "page", "0", "size", "50")));
    assertThat(entry.get("allowed").asBoolean()).isTrue();
  }

  @Test
  void anEmptyList_isRecordedToo_namingNoCase() {
    String requestId = newRequestId();

    Answer answer = read("/referrals?state=CLOSED", difStaff, requestId, Map.of());

    assertThat(answer.body().get("referrals")).isEmpty();
    JsonNode entry = entryOf(requestId);
    assertThat(caseReferencesOf(entry)).isEmpty();
    assertThat(entry.get("owningAgencies")).isEmpty();
    assertThat(entry.get("filter").get("state").asText()).isEqualTo("CLOSED");
    assertThat(entry.get("allowed").asBoolean()).isTrue();
  }

  @Test
  void anUninvolvedAgencysAttempt_isRecordedAsRefused_namingTheCase_althoughItAnswered404() {
    String unodcStaff = DevTokens.mint("unodc-staff-1", UNODC.value(), "AGENCY_STAFF");
    String requestId = newRequestId();

    Answer answer = read(detail(referral), unodcStaff, requestId, Map.of());

    assertThat(answer.status()).isEqualTo(404);
    JsonNode entry = entryOf(requestId);
    assertThat(entry.get("actor").asText()).isEqualTo("unodc-staff-1");
    assertThat(entry.get("actorAgency").asText()).isEqualTo("unodc-mexico");
    assertThat(entry.get("allowed").asBoolean()).isFalse();
    assertThat(caseReferencesOf(entry)).containsExactly(caseReference.value());
    assertThat(texts(entry.get("owningAgencies")))
        .containsExactly("fiscalia-quintana-roo", "dif-benito-juarez");
  }

  @Test
  void anAttemptAtAnUnknownReferral_isRecordedAsRefused_namingNoCase() {
    String requestId = newRequestId();
    ReferralId unknown = newReferral();

    assertThat(read(detail(unknown), difStaff, requestId, Map.of()).status()).isEqualTo(404);

    JsonNode entry = entryOf(requestId);
    assertThat(entry.get("allowed").asBoolean()).isFalse();
    assertThat(caseReferencesOf(entry)).isEmpty();
    assertThat(entry.get("owningAgencies")).isEmpty();
    assertThat(entry.get("filter").get("referralId").asText()).isEqualTo(unknown.toString());
  }

  @Test
  void aBreakGlassReadWithoutAReason_isRefused_andRecordedAsRefused() {
    String requestId = newRequestId();

    Answer answer = read(detail(referral), auditor, requestId, Map.of());

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().get("code").asText()).isEqualTo("BREAK_GLASS_REASON_REQUIRED");
    JsonNode entry = entryOf(requestId);
    assertThat(entry.get("actor").asText()).isEqualTo("auditor-1");
    assertThat(entry.get("actorAgency").asText()).isEqualTo("segob");
    assertThat(texts(entry.get("roles"))).containsExactly("COMMISSION_AUDITOR");
    assertThat(entry.get("allowed").asBoolean()).isFalse();
    assertThat(entry.get("breakGlass").asBoolean()).isFalse();
    assertThat(caseReferencesOf(entry)).containsExactly(caseReference.value());
    assertThat(texts(entry.get("owningAgencies")))
        .containsExactly("fiscalia-quintana-roo", "dif-benito-juarez");
  }

  @Test
  void aBreakGlassReadWithAReason_isRecordedAsAllowed_withTheReason() {
    String requestId = newRequestId();
    String reason = "Formal complaint 2022-117 before the commission";

    Answer answer = read(detail(referral), auditor, requestId, Map.of(REASON_HEADER, reason));

    assertThat(answer.status()).isEqualTo(200);
    JsonNode entry = entryOf(requestId);
    assertThat(entry.get("allowed").asBoolean()).isTrue();
    assertThat(entry.get("breakGlass").asBoolean()).isTrue();
    assertThat(entry.get("breakGlassReason").asText()).isEqualTo(reason);
    assertThat(caseReferencesOf(entry)).containsExactly(caseReference.value());
    assertThat(texts(entry.get("owningAgencies")))
        .containsExactly("fiscalia-quintana-roo", "dif-benito-juarez");
    assertThat(entry.get("filter").size()).isEqualTo(1);
  }

  @Test
  void aBreakGlassReasonSentAsUtf8_isRecordedWithItsAccents() throws IOException {
    String requestId = newRequestId();
    String reason = "Queja formal ante la comisión, expediente 2022-117";

    int status = rawGetWithReason(detail(referral), requestId, reason);

    assertThat(status).isEqualTo(200);
    assertThat(entryOf(requestId).get("breakGlassReason").asText()).isEqualTo(reason);
  }

  @Test
  void anAuditorsReadWithinTheirScope_isRecordedAsAnOrdinaryRead() {
    String detailRequest = newRequestId();
    String listRequest = newRequestId();

    assertThat(read(detail(escalatedOne), auditor, detailRequest, Map.of()).status())
        .isEqualTo(200);
    assertThat(read("/referrals?escalated=true", auditor, listRequest, Map.of()).status())
        .isEqualTo(200);

    JsonNode detailEntry = entryOf(detailRequest);
    assertThat(detailEntry.get("allowed").asBoolean()).isTrue();
    assertThat(detailEntry.get("breakGlass").asBoolean()).isFalse();
    assertThat(caseReferencesOf(detailEntry)).containsExactly(escalatedCase.value());
    JsonNode listEntry = entryOf(listRequest);
    assertThat(caseReferencesOf(listEntry)).containsExactly(escalatedCase.value());
    assertThat(listEntry.get("filter").get("escalated").asText()).isEqualTo("true");
  }

  @Test
  void aComplianceReviewersRead_isRecorded_withTheCaseReferenceTheirAnswerLeavesOut() {
    String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
    String requestId = newRequestId();

    Answer answer = read(detail(referral), reviewer, requestId, Map.of());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().has("caseReference")).isFalse();
    JsonNode entry = entryOf(requestId);
    assertThat(texts(entry.get("roles"))).containsExactly("COMPLIANCE_REVIEWER");
    assertThat(entry.get("allowed").asBoolean()).isTrue();
    assertThat(caseReferencesOf(entry)).containsExactly(caseReference.value());
  }

  @Test
  void anAdministratorsAttempts_areRecordedAsRefused() {
    String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
    String detailRequest = newRequestId();
    String listRequest = newRequestId();

    assertThat(read(detail(referral), admin, detailRequest, Map.of()).status()).isEqualTo(403);
    assertThat(read("/referrals", admin, listRequest, Map.of()).status()).isEqualTo(403);

    JsonNode detailEntry = entryOf(detailRequest);
    assertThat(detailEntry.get("allowed").asBoolean()).isFalse();
    assertThat(texts(detailEntry.get("roles"))).containsExactly("PLATFORM_ADMIN");
    assertThat(caseReferencesOf(detailEntry)).containsExactly(caseReference.value());
    JsonNode listEntry = entryOf(listRequest);
    assertThat(listEntry.get("allowed").asBoolean()).isFalse();
    assertThat(listEntry.get("view").asText()).isEqualTo("referral-list");
    assertThat(caseReferencesOf(listEntry)).isEmpty();
  }

  @Test
  void eachRecordedEntry_extendsTheAccessLogsHashChain() {
    String requestId = newRequestId();
    read(detail(referral), difStaff, requestId, Map.of());

    assertThat(
            jdbc.queryForObject(
                """
                SELECT count(*) FROM integrity.access_log
                WHERE entry ->> 'requestId' = ? AND length(chain_hash) = 32
                """,
                Integer.class,
                requestId))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT max(position) = count(*) FROM integrity.access_log", Boolean.class))
        .isTrue();
  }

  private Answer read(String path, String token, String requestId, Map<String, String> headers) {
    Map<String, String> withId = new HashMap<>(headers);
    withId.put("X-Request-Id", requestId);
    return api.get(path, token, null, withId);
  }

  /**
   * GETs {@code path} as the auditor with the break-glass reason's UTF-8 bytes in the header, over
   * a plain socket: Java's HTTP client writes every non-ASCII header character as {@code ?}.
   */
  private int rawGetWithReason(String path, String requestId, String reason) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                  + "Authorization: Bearer "
                  + auditor
                  + "\r\nX-Request-Id: "
                  + requestId
                  + "\r\n"
                  + REASON_HEADER
                  + ": ")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(reason.getBytes(StandardCharsets.UTF_8));
      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  /** The one access log entry of request {@code requestId}. */
  private JsonNode entryOf(String requestId) {
    List<String> entries =
        jdbc.queryForList(
            "SELECT entry::text FROM integrity.access_log WHERE entry ->> 'requestId' = ?",
            String.class,
            requestId);
    assertThat(entries).hasSize(1);
    try {
      return JSON.readTree(entries.get(0));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String newRequestId() {
    return "req-" + UUID.randomUUID();
  }

  private static String detail(ReferralId referral) {
    return "/referrals/" + referral;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  /** The references of the cases a stored access-log entry names. */
  private static List<String> caseReferencesOf(JsonNode entry) {
    List<String> references = new ArrayList<>();
    entry.path("cases").forEach(reached -> references.add(reached.path("caseReference").asText()));
    return references;
  }
}
