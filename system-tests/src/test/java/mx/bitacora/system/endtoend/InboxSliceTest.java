package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agency's inbox end to end: a referral issued on command-service is a notice in the receiver's
 * {@code GET /inbox} on query-service; the receiver marks it read on command-service (an event) and
 * the inbox then shows it read, by whom; the issuer's inbox does not hold it.
 */
class InboxSliceTest {

  private static final String FISCALIA =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TwoServices services;

  @BeforeAll
  static void start() {
    services = TwoServices.start(FreshDatabase.create("inbox_slice"));
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void aReferralIsANoticeForTheReceiver_markedReadThere_andShownReadByWhom() throws Exception {
    UUID referral = UUID.randomUUID();
    HttpResponse<String> issued = services.post("/referrals", issue(referral), FISCALIA);
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);

    JsonNode inbox = inbox(DIF, position(issued));
    assertThat(inbox.path("unreadCount").asLong()).isEqualTo(1);
    JsonNode notice = inbox.path("items").get(0);
    assertThat(notice.path("kind").asText()).isEqualTo("REFERRAL_RECEIVED");
    assertThat(notice.path("referralId").asText()).isEqualTo(referral.toString());
    assertThat(inbox.toString()).doesNotContain("QROO-2022-0999", "Guatemalteca");
    assertThat(inbox(FISCALIA, position(issued)).path("totalElements").asLong()).isZero();

    String itemId = notice.path("itemId").asText();
    HttpResponse<String> read = services.post("/inbox/" + itemId + "/read", "", DIF);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    HttpResponse<String> notTheirs = services.post("/inbox/" + itemId + "/read", "", FISCALIA);
    assertThat(notTheirs.statusCode()).isEqualTo(404);

    JsonNode after = inbox(DIF, position(read)).path("items").get(0);
    assertThat(after.path("itemId").asText()).isEqualTo(itemId);
    assertThat(after.path("read").asBoolean()).isTrue();
    assertThat(after.path("readBy").asText()).isEqualTo("dif-1");
    assertThat(after.path("readAt").asText()).isNotBlank();
  }

  private static JsonNode inbox(String token, String position) throws Exception {
    HttpResponse<String> answer = services.query("/inbox?notOlderThan=" + position, token);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static String position(HttpResponse<String> answer) {
    return answer.headers().firstValue("X-Event-Position").orElseThrow();
  }

  private static String issue(UUID id) {
    return """
        {
          "referralId": "%s",
          "caseReference": "QROO-2022-0999",
          "receivingAgency": "dif-benito-juarez",
          "service": "SHELTER",
          "urgency": "EMERGENCY",
          "consent": {"givenOn": "2022-10-20", "scope": "REQUESTED_SERVICE_ONLY"},
          "victimDetails": {"notes": "Llegó acompañada", "age": 14, "sex": "F", "nationality": "Guatemalteca"}
        }
        """
        .formatted(id);
  }
}
