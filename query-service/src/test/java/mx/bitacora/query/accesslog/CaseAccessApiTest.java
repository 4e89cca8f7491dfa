package mx.bitacora.query.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Who may read the access log: commission auditors all of it, filtered by case, actor, agency, time
 * and break-glass; agency staff only the entries about their own agency's cases (so DIF sees who
 * read DIF's cases, including an auditor's break-glass read); everyone else 403. The log's own
 * chain and checkpoints verify through the integrity API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
@TestPropertySource(
    properties = {
      "bitacora.integrity.seal-interval=50ms",
      "bitacora.integrity.checkpoint-every-positions=1"
    })
class CaseAccessApiTest extends QueryServiceTest {

  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId FISCALIA_YUCATAN = new AgencyId("fiscalia-yucatan");
  private static final AgencyId GOBIERNO = new AgencyId("gobierno-quintana-roo");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");

  /** Issued by the Fiscalía and, as another case, by the Gobierno: both referred to UNODC. */
  private static final String SHARED_REFERENCE = "CAMP-2022-0777";

  @LocalServerPort int port;
  @Autowired CaseAccessLog accessLog;

  private QueryApi api;
  private Instant beforeTheBreakGlass;
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String difStaff =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private final String yucatanStaff =
      DevTokens.mint("fiscalia-yuc-1", "fiscalia-yucatan", "AGENCY_STAFF");
  private final String gobiernoStaff =
      DevTokens.mint("gobierno-staff-1", "gobierno-quintana-roo", "AGENCY_STAFF");

  @BeforeAll
  void recordAccesses() {
    Actor unodcReader = new Actor("unodc-staff-1", UNODC, Set.of(Role.AGENCY_STAFF));
    for (AgencyId issuer : List.of(FISCALIA, GOBIERNO)) {
      accessLog.record(
          CaseAccess.allowed(
              unodcReader,
              "referral-detail",
              List.of(new CaseReached(SHARED_REFERENCE, issuer, List.of(issuer, UNODC))),
              Map.of()));
    }
    api = new QueryApi(port);
    Actor difReader = new Actor("dif-staff-1", DIF, Set.of(Role.AGENCY_STAFF));
    Actor fiscaliaReader = new Actor("fiscalia-staff-1", FISCALIA, Set.of(Role.AGENCY_STAFF));
    Actor commission =
        new Actor("auditor-1", new AgencyId("segob"), Set.of(Role.COMMISSION_AUDITOR));
    accessLog.record(
        CaseAccess.allowed(
            difReader,
            "referral-detail",
            List.of(new CaseReached("QROO-2022-0147", FISCALIA, List.of(FISCALIA, DIF))),
            Map.of()));
    accessLog.record(
        CaseAccess.refused(
            fiscaliaReader,
            "referral-detail",
            List.of(
                new CaseReached(
                    "YUC-2022-0031",
                    FISCALIA_YUCATAN,
                    List.of(FISCALIA_YUCATAN, new AgencyId("dif-merida")))),
            Map.of()));
    Actor reviewer =
        new Actor("reviewer-1", new AgencyId("segob"), Set.of(Role.COMPLIANCE_REVIEWER));
    accessLog.record(
        CaseAccess.allowed(
            reviewer,
            "referral-list",
            List.of(
                new CaseReached("QROO-2022-0147", FISCALIA, List.of(FISCALIA, DIF)),
                new CaseReached(
                    "YUC-2022-0031",
                    FISCALIA_YUCATAN,
                    List.of(FISCALIA_YUCATAN, new AgencyId("dif-merida")))),
            Map.of("page", "0")));
    beforeTheBreakGlass = Instant.now();
    accessLog.record(
        CaseAccess.breakGlass(
            commission,
            "referral-detail",
            List.of(new CaseReached("QROO-2022-0147", FISCALIA, List.of(FISCALIA, DIF))),
            Map.of(),
            "Queja 2026-14 ante la Comisión"));
    await()
        .atMost(LAG)
        .until(
            () ->
                api.get("/integrity/access-log/checkpoints/latest", difStaff)
                        .body()
                        .path("position")
                        .asLong()
                    == 6);
  }

  @Test
  void agencyStaff_seeWhoAccessedTheirOwnCases_includingABreakGlassRead() {
    Answer answer = api.get("/access-log", difStaff);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("totalElements").asLong()).isEqualTo(3);
    List<JsonNode> entries = entries(answer);
    assertThat(entries)
        .allMatch(e -> e.path("owningAgencies").toString().contains("dif-benito-juarez"));
    JsonNode breakGlass = entries.get(0);
    assertThat(breakGlass.path("breakGlass").asBoolean()).isTrue();
    assertThat(breakGlass.path("actor").asText()).isEqualTo("auditor-1");
    assertThat(breakGlass.path("breakGlassReason").asText())
        .isEqualTo("Queja 2026-14 ante la Comisión");
    assertThat(breakGlass.path("roles").toString()).contains("COMMISSION_AUDITOR");
  }

  @Test
  void agencyStaff_neverSeeEntriesAboutOtherAgenciesCases_whateverTheyFilterOn() {
    Answer asked = api.get("/access-log?caseReference=YUC-2022-0031", difStaff);

    assertThat(asked.status()).isEqualTo(200);
    assertThat(asked.body().get("entries")).isEmpty();
    assertThat(api.get("/access-log", difStaff).body().toString()).doesNotContain("YUC-2022-0031");
    List<JsonNode> yucatan = entries(api.get("/access-log", yucatanStaff));
    assertThat(yucatan).hasSize(2);
    assertThat(yucatan.toString())
        .doesNotContain("QROO-2022-0147")
        .doesNotContain("dif-benito-juarez\"");
  }

  @Test
  void aListReadReachingSeveralAgenciesCases_showsEachAgencyOnlyItsOwn() {
    JsonNode difsView =
        entries(api.get("/access-log", difStaff)).stream()
            .filter(e -> e.path("view").asText().equals("referral-list"))
            .findFirst()
            .orElseThrow();
    JsonNode commissionsView = entries(api.get("/access-log?actor=reviewer-1", auditor)).get(0);

    assertThat(difsView.path("cases")).hasSize(1);
    assertThat(difsView.path("cases").get(0).path("caseReference").asText())
        .isEqualTo("QROO-2022-0147");
    assertThat(difsView.path("owningAgencies").toString()).doesNotContain("dif-merida");
    assertThat(commissionsView.path("cases")).hasSize(2);
    // The stored entry's index fields are left out of the answer: each fact once.
    for (JsonNode shown : List.of(difsView, commissionsView)) {
      assertThat(shown.has("caseReferences")).isFalse();
      assertThat(shown.has("accessedAtMillis")).isFalse();
      assertThat(shown.has("accessedAt")).isTrue();
    }
  }

  @Test
  void theCommission_seesEveryEntry_andFiltersByCaseActorAgencyTimeAndBreakGlass() {
    assertThat(api.get("/access-log", auditor).body().get("totalElements").asLong()).isEqualTo(6);
    assertThat(entries(api.get("/access-log?caseReference=QROO-2022-0147", auditor))).hasSize(3);
    assertThat(entries(api.get("/access-log?actor=fiscalia-staff-1", auditor))).hasSize(1);
    assertThat(entries(api.get("/access-log?actorAgency=dif-benito-juarez", auditor))).hasSize(1);
    assertThat(entries(api.get("/access-log?breakGlass=true", auditor)))
        .singleElement()
        .satisfies(e -> assertThat(e.path("actor").asText()).isEqualTo("auditor-1"));
    assertThat(entries(api.get("/access-log?from=" + beforeTheBreakGlass, auditor))).hasSize(1);
    assertThat(entries(api.get("/access-log?to=" + beforeTheBreakGlass, auditor))).hasSize(5);
    assertThat(api.get("/access-log?size=1&page=1", auditor).body().get("entries")).hasSize(1);
  }

  @Test
  void twoAgenciesCasesUnderOneReference_neverMerge_eachNamesItsIssuer() {
    String underReference = "/access-log?caseReference=" + SHARED_REFERENCE;

    assertThat(entries(api.get(underReference, auditor))).hasSize(2);
    for (AgencyId issuer : List.of(FISCALIA, GOBIERNO)) {
      assertThat(entries(api.get(underReference + "&issuingAgency=" + issuer, auditor)))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.path("cases").get(0).path("issuingAgency").asText())
                      .isEqualTo(issuer.value()));
    }
    // The Gobierno sees accesses to its own case under the reference, never to the Fiscalía's,
    // and asking for the Fiscalía's case by name gives it nothing.
    assertThat(entries(api.get(underReference, gobiernoStaff)))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.path("cases").get(0).path("issuingAgency").asText())
                    .isEqualTo(GOBIERNO.value()));
    assertThat(entries(api.get(underReference + "&issuingAgency=" + FISCALIA, gobiernoStaff)))
        .isEmpty();
    assertThat(api.get("/access-log?issuingAgency=not%20a%20slug", auditor).status())
        .isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMPLIANCE_REVIEWER", "PLATFORM_ADMIN"})
  void reviewersAndAdministrators_mayNotReadTheAccessLog(String role) {
    Answer answer = api.get("/access-log", DevTokens.mint("user-1", "segob", role));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.body().get("code").asText()).isEqualTo("FORBIDDEN");
  }

  @Test
  void withoutAToken_401_andMalformedFilters_400() {
    assertThat(api.get("/access-log", null).status()).isEqualTo(401);
    assertThat(api.get("/access-log?page=-1", auditor).status()).isEqualTo(400);
    assertThat(api.get("/access-log?actorAgency=Not%20A%20Slug", auditor).status()).isEqualTo(400);
    assertThat(api.get("/access-log?from=yesterday", auditor).status()).isEqualTo(400);
    assertThat(api.get("/access-log?size=501", auditor).status()).isEqualTo(400);
  }

  @Test
  void theAccessLog_verifiesIntact_withItsSignedCheckpoints() {
    Answer answer = api.get("/integrity/access-log/verification", auditor, "en");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("intact").asBoolean()).isTrue();
    assertThat(answer.body().get("verifiedThrough").asLong()).isEqualTo(6);
    assertThat(answer.body().get("checkpointsVerified").asInt()).isPositive();
    assertThat(answer.body().get("summary").asText())
        .isEqualTo("The log is intact through position 6.");
  }

  @Test
  void anAccessLogCheckpoint_postedToTheEventLogsVerification_isRefused() {
    String accessCheckpoints =
        api.get("/integrity/access-log/checkpoints", difStaff).body().get("checkpoints").toString();

    Answer answer =
        api.post(
            "/integrity/verification",
            auditor,
            "{\"checkpoints\":" + accessCheckpoints + "}",
            null);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().get("code").asText()).isEqualTo("CHECKPOINT_OF_ANOTHER_LOG");
  }

  private static List<JsonNode> entries(Answer answer) {
    assertThat(answer.status()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    answer.body().get("entries").forEach(e -> entries.add(e.get("entry")));
    return entries;
  }
}
