package mx.bitacora.query.referrals;

import static mx.bitacora.query.referrals.TestReferrals.FISCALIA;
import static mx.bitacora.query.referrals.TestReferrals.SEGOB;
import static mx.bitacora.query.referrals.TestReferrals.byFiscaliaStaff;
import static mx.bitacora.query.referrals.TestReferrals.byThePlatform;
import static mx.bitacora.query.referrals.TestReferrals.escalated;
import static mx.bitacora.query.referrals.TestReferrals.issued;
import static mx.bitacora.query.referrals.TestReferrals.newCase;
import static mx.bitacora.query.referrals.TestReferrals.newReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may read which referral, and how refusals look: staff see their agency's, compliance
 * reviewers every referral without its case reference, commission auditors the escalated ones and
 * their own agency's and any other only with a break-glass reason, administrators none; 401, 403,
 * 404 for unknown or not-yours, 400 for malformed input, each an RFC 9457 problem.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class ReferralVisibilityTest extends QueryServiceTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String REASON_HEADER = "X-Break-Glass-Reason";

  @LocalServerPort int port;
  @Autowired EventStore eventStore;

  /** Fiscalía to DIF, never escalated: outside an auditor's normal scope. */
  private final ReferralId ordinary = newReferral();

  private final CaseReference ordinaryCase = newCase();

  /** Fiscalía to DIF, escalated to the commission. */
  private final ReferralId escalatedOne = newReferral();

  /** Fiscalía to SEGOB, the auditor's own agency. */
  private final ReferralId toTheAuditorsAgency = newReferral();

  private QueryApi api;

  private final String issuerStaff =
      DevTokens.mint("fiscalia-staff-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private final String receiverStaff =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private final String uninvolvedStaff =
      DevTokens.mint("unodc-staff-1", "unodc-mexico", "AGENCY_STAFF");
  private final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  @BeforeAll
  void recordThreeReferrals() {
    api = new QueryApi(port);
    ReferralEventLog log = new ReferralEventLog(eventStore);
    CaseReference escalatedCase = newCase();
    log.append(issued(ordinary, ordinaryCase, Urgency.ROUTINE), byFiscaliaStaff("req-vis-01"));
    log.append(issued(escalatedOne, escalatedCase, Urgency.URGENT), byFiscaliaStaff("req-vis-02"));
    log.append(escalated(escalatedOne, escalatedCase, Instant.now()), byThePlatform());
    log.append(
        issued(toTheAuditorsAgency, newCase(), FISCALIA, SEGOB, Urgency.ROUTINE),
        byFiscaliaStaff("req-vis-03"));
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              JsonNode all = api.get("/referrals", reviewer).body();
              assertThat(all.get("totalElements").asLong()).isEqualTo(3);
              assertThat(api.get(detail(escalatedOne), auditor).body().get("escalated").asBoolean())
                  .isTrue();
            });
  }

  @Test
  void staffOfTheIssuingAndOfTheReceivingAgency_readTheReferral_withItsCaseReference() {
    for (String staff : List.of(issuerStaff, receiverStaff)) {
      Answer answer = api.get(detail(ordinary), staff);

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body().get("caseReference").asText()).isEqualTo(ordinaryCase.value());
      assertThat(answer.body().get("history")).hasSize(1);
    }
    assertThat(ids(api.get("/referrals?direction=ISSUED", issuerStaff).body()))
        .contains(ordinary.toString(), escalatedOne.toString(), toTheAuditorsAgency.toString());
    assertThat(ids(api.get("/referrals?direction=RECEIVED", receiverStaff).body()))
        .containsExactlyInAnyOrder(ordinary.toString(), escalatedOne.toString());
    assertThat(api.get("/referrals?direction=RECEIVED", issuerStaff).body().get("referrals"))
        .isEmpty();
  }

  @Test
  void staffOfAnUninvolvedAgency_getNotFound_exactlyAsForAnUnknownReferral() {
    Answer notTheirs = api.get(detail(ordinary), uninvolvedStaff);
    Answer unknown = api.get(detail(newReferral()), uninvolvedStaff);

    assertProblem(notTheirs, 404, "REFERRAL_NOT_FOUND");
    assertThat(notTheirs.body().get("title").asText()).isEqualTo("Canalización no encontrada");
    assertProblem(unknown, 404, "REFERRAL_NOT_FOUND");
    assertThat(unknown.body().get("title")).isEqualTo(notTheirs.body().get("title"));
    assertThat(unknown.body().get("type")).isEqualTo(notTheirs.body().get("type"));
    assertThat(fieldNames(unknown.body())).isEqualTo(fieldNames(notTheirs.body()));
    Answer list = api.get("/referrals", uninvolvedStaff);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body().get("referrals")).isEmpty();
    assertThat(list.body().get("totalElements").asLong()).isZero();
  }

  @Test
  void staffCannotBreakTheGlass_aReasonChangesNothingForThem() {
    Answer answer =
        api.get(detail(ordinary), uninvolvedStaff, null, Map.of(REASON_HEADER, "Revisión"));

    assertProblem(answer, 404, "REFERRAL_NOT_FOUND");
  }

  @Test
  void complianceReviewers_readEveryReferral_butTheCaseReferenceIsAbsentFromTheirAnswers() {
    Answer detail = api.get(detail(ordinary), reviewer);
    Answer list = api.get("/referrals", reviewer);

    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.body().has("caseReference")).isFalse();
    assertThat(detail.body().get("issuingAgency").asText()).isEqualTo("fiscalia-quintana-roo");
    assertThat(detail.body().get("history")).hasSize(1);
    assertThat(detail.body().toString()).doesNotContain(ordinaryCase.value());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body().get("referrals")).hasSize(3);
    list.body().get("referrals").forEach(r -> assertThat(r.has("caseReference")).isFalse());
    assertThat(list.body().toString()).doesNotContain("QROO-2022-");
    JsonNode escalatedDetail = api.get(detail(escalatedOne), reviewer).body();
    assertThat(escalatedDetail.has("caseReference")).isFalse();
    assertThat(escalatedDetail.toString()).doesNotContain("QROO-2022-");
  }

  @Test
  void platformAdministrators_areForbidden_toReadReferrals() {
    assertProblem(api.get(detail(ordinary), admin), 403, "FORBIDDEN");
    assertProblem(api.get(detail(newReferral()), admin), 403, "FORBIDDEN");
    assertProblem(api.get("/referrals", admin), 403, "FORBIDDEN");
  }

  @Test
  void auditors_readEscalatedReferralsAndTheirOwnAgencys_withoutAReason() {
    Answer escalatedDetail = api.get(detail(escalatedOne), auditor);
    Answer ownAgencys = api.get(detail(toTheAuditorsAgency), auditor);

    assertThat(escalatedDetail.status()).isEqualTo(200);
    assertThat(escalatedDetail.body().get("caseReference").asText()).startsWith("QROO-2022-");
    assertThat(escalatedDetail.body().get("history")).hasSize(2);
    assertThat(ownAgencys.status()).isEqualTo(200);
    assertThat(ids(api.get("/referrals?escalated=true", auditor).body()))
        .containsExactly(escalatedOne.toString());
    assertThat(ids(api.get("/referrals", auditor).body()))
        .containsExactlyInAnyOrder(escalatedOne.toString(), toTheAuditorsAgency.toString());
  }

  @Test
  void auditors_outsideTheirScope_withoutAReason_areToldToGiveOne() {
    Answer spanish = api.get(detail(ordinary), auditor);
    Answer english = api.get(detail(ordinary), auditor, "en");
    Answer blank = api.get(detail(ordinary), auditor, null, Map.of(REASON_HEADER, "   "));

    assertProblem(spanish, 403, "BREAK_GLASS_REASON_REQUIRED");
    assertThat(spanish.body().get("title").asText())
        .isEqualTo("Se requiere un motivo de acceso excepcional");
    assertThat(spanish.body().get("detail").asText()).contains("X-Break-Glass-Reason");
    assertThat(spanish.body().has("caseReference")).isFalse();
    assertThat(spanish.body().toString()).doesNotContain(ordinaryCase.value());
    assertProblem(english, 403, "BREAK_GLASS_REASON_REQUIRED");
    assertThat(english.body().get("title").asText()).isEqualTo("Break-glass reason required");
    assertProblem(blank, 403, "BREAK_GLASS_REASON_REQUIRED");
  }

  @Test
  void auditors_outsideTheirScope_withAReason_readTheReferral() {
    Answer answer =
        api.get(
            detail(ordinary),
            auditor,
            null,
            Map.of(REASON_HEADER, "Queja formal 2022-117 ante la comision"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("caseReference").asText()).isEqualTo(ordinaryCase.value());
    assertThat(answer.body().get("history")).hasSize(1);
  }

  @Test
  void anUnknownReferral_isNotFound_forAnAuditorToo_withOrWithoutAReason() {
    ReferralId unknown = newReferral();

    assertProblem(api.get(detail(unknown), auditor), 404, "REFERRAL_NOT_FOUND");
    assertProblem(
        api.get(detail(unknown), auditor, null, Map.of(REASON_HEADER, "Revisión")),
        404,
        "REFERRAL_NOT_FOUND");
    assertProblem(api.get(detail(unknown), reviewer), 404, "REFERRAL_NOT_FOUND");
  }

  @Test
  void anOverlongReason_isABadRequest_thatDoesNotEchoIt() {
    String overlong = "Motivo-" + "x".repeat(500);

    Answer answer = api.get(detail(ordinary), auditor, null, Map.of(REASON_HEADER, overlong));

    assertProblem(answer, 400, "BREAK_GLASS_REASON_TOO_LONG");
    assertThat(answer.body().toString()).doesNotContain("Motivo-").doesNotContain("xxxxxxxx");
    assertThat(
            api.get(detail(ordinary), auditor, null, Map.of(REASON_HEADER, "y".repeat(500)))
                .status())
        .isEqualTo(200);
  }

  @Test
  void callersWithoutAToken_areUnauthenticated() {
    assertProblem(api.get(detail(ordinary), null), 401, "UNAUTHENTICATED");
    assertProblem(api.get("/referrals", null), 401, "UNAUTHENTICATED");
  }

  @Test
  void aMalformedReferralId_isABadRequest() {
    assertProblem(api.get("/referrals/not-a-uuid", auditor), 400, "INVALID_PARAMETER");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"?direction=SIDEWAYS", "?state=LOST", "?urgency=SOON", "?escalated=maybe"})
  void malformedListParameters_areABadRequest(String parameters) {
    assertProblem(api.get("/referrals" + parameters, receiverStaff), 400, "INVALID_PARAMETER");
  }

  @ParameterizedTest
  @ValueSource(strings = {"?page=-1", "?size=0", "?size=101"})
  void pagesOutsideTheAllowedRange_areABadRequest(String paging) {
    Answer answer = api.get("/referrals" + paging, receiverStaff);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    assertThat(answer.body().has("code")).isTrue();
  }

  @Test
  void problems_areInEnglish_whenTheCallerAsksForEnglish() {
    Answer english = api.get(detail(newReferral()), receiverStaff, "en");

    assertThat(english.body().get("title").asText()).isEqualTo("Referral not found");
    assertThat(english.body().get("detail").asText()).startsWith("There is no such referral ");
  }

  private void assertProblem(Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    assertThat(answer.body().get("code").asText()).isEqualTo(code);
    assertThat(answer.body().get("title").asText()).isNotBlank();
  }

  private static String detail(ReferralId referral) {
    return "/referrals/" + referral;
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("referrals").forEach(referral -> ids.add(referral.get("referralId").asText()));
    return ids;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
