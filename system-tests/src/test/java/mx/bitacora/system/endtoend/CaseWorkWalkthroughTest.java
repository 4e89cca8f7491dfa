package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Case work as the issue that asked for it walks it, with both services as deployed: the
 * prosecutors' office refers a girl to DIF's CAT with consent for care; DIF finds it in its inbox,
 * reads the details for intake (in the access log, seen by both agencies), adds a case note and
 * refers her on to the state government under a narrower consent; the prosecutors' office records
 * that she withdrew her consent and DIF's next read is refused and recorded. A third agency gets
 * 404 at every step, and no canary is anywhere in plain text.
 */
class CaseWorkWalkthroughTest {

  private static final String FISCALIA =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String GOBIERNO =
      DevTokens.mint("gob-1", "gobierno-quintana-roo", "AGENCY_STAFF");
  private static final String UNODC = DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LAG = Duration.ofSeconds(15);

  /** Distinctive values no code or fixture produces by chance. */
  private static final String DETAILS_CANARY = "CanarioRecorridoDetalleQz4Hx";

  private static final String NOTE_CANARY = "CanarioRecorridoNotaVb7Ks";

  private static TwoServices services;

  @BeforeAll
  static void start() {
    services = TwoServices.start(FreshDatabase.create("case_work"));
    DeliverySliceTest.registerCatCancun(services);
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void referredReadNotedReferredOn_thenConsentWithdrawn_everyStepRecorded_noOneElseSeesIt()
      throws Exception {
    UUID referral = UUID.randomUUID();
    HttpResponse<String> issued = services.post("/referrals", issue(referral), FISCALIA);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    List<HttpResponse<String>> thirdAgency = new ArrayList<>();
    thirdAgency.add(details(referral, "CARE", UNODC));

    // DIF finds it in its inbox.
    JsonNode notice = onlyNotice(DIF, issued);
    assertThat(notice.path("kind").asText()).isEqualTo("REFERRAL_RECEIVED");
    assertThat(notice.path("referralId").asText()).isEqualTo(referral.toString());
    assertThat(inbox(UNODC, issued).path("totalElements").asLong()).isZero();

    // DIF reads the details for intake: recorded, and both agencies see the entry.
    HttpResponse<String> intake = details(referral, "INTAKE", DIF);
    assertThat(intake.statusCode()).as(intake.body()).isEqualTo(200);
    assertThat(intake.body()).contains(DETAILS_CANARY);
    for (String agency : List.of(FISCALIA, DIF)) {
      assertThat(accessLog(agency))
          .anySatisfy(
              entry -> {
                assertThat(entry.path("view").asText()).isEqualTo("referral-victim-details");
                assertThat(entry.path("actor").asText()).isEqualTo("dif-1");
                assertThat(entry.path("filter").path("purpose").asText()).isEqualTo("INTAKE");
              });
    }
    assertThat(accessLog(UNODC)).noneMatch(entry -> entry.toString().contains("INTAKE"));

    // DIF accepts, adds a case note and refers her on under a narrower consent.
    assertThat(services.post("/referrals/" + referral + "/accept", "", DIF).statusCode())
        .isEqualTo(200);
    HttpResponse<String> noted =
        services.post(
            "/referrals/" + referral + "/case-notes",
            """
            {"noteId": "%s", "note": {"careGiven": "%s", "nextSteps": "Asesoría jurídica"}}
            """
                .formatted(UUID.randomUUID(), NOTE_CANARY),
            DIF);
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
    UUID onward = UUID.randomUUID();
    HttpResponse<String> referredOn =
        services.post(
            "/referrals/" + referral + "/onward",
            """
            {"referralId": "%s", "receivingAgency": "gobierno-quintana-roo", "service": "LEGAL",
             "urgency": "ROUTINE", "carryVictimDetails": true,
             "consent": {"givenOn": "2022-11-02", "scope": "REQUESTED_SERVICE_ONLY"}}
            """
                .formatted(onward),
            DIF);
    assertThat(referredOn.statusCode()).as(referredOn.body()).isEqualTo(201);
    assertThat(details(onward, "CARE", GOBIERNO).body()).contains(DETAILS_CANARY);
    thirdAgency.add(details(onward, "CARE", UNODC));
    thirdAgency.add(
        services.commandGet("/referrals/" + referral + "/case-notes?purpose=CARE", UNODC));
    thirdAgency.add(services.query("/referrals/" + referral, UNODC));
    thirdAgency.add(services.query("/referrals/" + onward, UNODC));
    thirdAgency.add(services.post("/inbox/" + notice.path("itemId").asText() + "/read", "", UNODC));

    // The prosecutors' office records that she withdrew her consent: DIF's next read is refused.
    HttpResponse<String> withdrawn =
        services.post(
            "/referrals/" + referral + "/consent/withdrawal",
            "{\"withdrawnOn\": \"2022-11-20\"}",
            FISCALIA);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    HttpResponse<String> refused = details(referral, "CARE", DIF);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).path("code").asText()).isEqualTo("CONSENT_WITHDRAWN");
    assertThat(accessLog(FISCALIA))
        .anySatisfy(
            entry -> {
              assertThat(entry.path("actor").asText()).isEqualTo("dif-1");
              assertThat(entry.path("allowed").asBoolean()).isFalse();
              assertThat(entry.path("filter").path("purpose").asText()).isEqualTo("CARE");
            });
    assertThat(onlyNotice(DIF, withdrawn, "CONSENT_WITHDRAWN").path("referralId").asText())
        .isEqualTo(referral.toString());
    thirdAgency.add(details(referral, "CARE", UNODC));

    // A third agency got 404 at every step.
    assertThat(thirdAgency).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(404));
    // No canary anywhere in plain text: not in any table of either service.
    assertThat(services.dumpOfEveryTable())
        .contains("referral-victim-details", "CaseNoteAddedEvent")
        .doesNotContain(DETAILS_CANARY, NOTE_CANARY);
  }

  private static HttpResponse<String> details(UUID referral, String purpose, String token)
      throws Exception {
    return services.commandGet(
        "/referrals/" + referral + "/victim-details?purpose=" + purpose, token);
  }

  private static List<JsonNode> accessLog(String token) throws Exception {
    HttpResponse<String> answer = services.query("/access-log?size=100", token);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    JSON.readTree(answer.body()).path("entries").forEach(item -> entries.add(item.path("entry")));
    return entries;
  }

  private static JsonNode onlyNotice(String token, HttpResponse<String> after) throws Exception {
    return onlyNotice(token, after, "REFERRAL_RECEIVED");
  }

  /** The one unread notice of this kind in the agency's inbox, once it holds {@code after}. */
  private static JsonNode onlyNotice(String token, HttpResponse<String> after, String kind)
      throws Exception {
    JsonNode[] notice = new JsonNode[1];
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              List<JsonNode> ofKind = new ArrayList<>();
              inbox(token, after)
                  .path("items")
                  .forEach(
                      item -> {
                        if (item.path("kind").asText().equals(kind)) {
                          ofKind.add(item);
                        }
                      });
              assertThat(ofKind).hasSize(1);
              notice[0] = ofKind.get(0);
            });
    return notice[0];
  }

  private static JsonNode inbox(String token, HttpResponse<String> after) throws Exception {
    String position = after.headers().firstValue("X-Event-Position").orElseThrow();
    HttpResponse<String> answer = services.query("/inbox?notOlderThan=" + position, token);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static String issue(UUID id) {
    return """
        {
          "referralId": "%s",
          "caseReference": "QROO-2022-0233",
          "receivingAgency": "dif-benito-juarez",
          "receivingShelter": "cat-cancun",
          "service": "SHELTER",
          "urgency": "URGENT",
          "consent": {"givenOn": "2022-10-20", "scope": "SERVICE_AND_FOLLOW_UP"},
          "victimDetails": {"notes": "%s", "age": 15, "sex": "F"}
        }
        """
        .formatted(id, DETAILS_CANARY);
  }
}
