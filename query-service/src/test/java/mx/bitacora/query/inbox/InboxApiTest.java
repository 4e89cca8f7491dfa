package mx.bitacora.query.inbox;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.inbox.InboxItemReadEvent;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /inbox}: the caller's agency's notices only, unread first then newest, paged and
 * filtered by read state, with who read each and when; staff only; never a case reference or a
 * victim detail in an answer.
 */
@OwnContext
class InboxApiTest extends ApiTest {

  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");

  private final String difStaff = DevTokens.mint("dif-1", DIF.value(), "AGENCY_STAFF");
  private final String fiscaliaStaff = DevTokens.mint("fis-1", FISCALIA.value(), "AGENCY_STAFF");
  private final String unodcStaff = DevTokens.mint("unodc-1", UNODC.value(), "AGENCY_STAFF");
  private final List<String> canaries = new ArrayList<>();

  private final ReferralId oldest = new ReferralId(UUID.randomUUID());
  private final ReferralId middle = new ReferralId(UUID.randomUUID());
  private final ReferralId newest = new ReferralId(UUID.randomUUID());
  private String oldestNotice;
  private String middleNotice;
  private String newestNotice;
  private String acceptedNotice;

  @BeforeAll
  void recordTheHistory() {
    oldestNotice = issue(oldest, Instant.parse("2022-10-21T10:00:00Z"));
    middleNotice = issue(middle, Instant.parse("2022-10-21T11:00:00Z"));
    newestNotice = issue(newest, Instant.parse("2022-10-21T12:00:00Z"));
    acceptedNotice =
        log.append(
            new ReferralAcceptedEvent(oldest),
            byStaffOf(DIF),
            Instant.parse("2022-10-21T13:00:00Z"));
    log.append(issued(new ReferralId(UUID.randomUUID()), FISCALIA, UNODC), byStaffOf(FISCALIA));
    // DIF's staff read the middle one.
    log.append(new InboxItemReadEvent(DIF, UUID.fromString(middleNotice)), byStaffOf(DIF));
    await()
        .atMost(LAG)
        .until(
            () ->
                api.get("/inbox", difStaff).body().path("totalElements").asLong() == 3
                    && api.get("/inbox", difStaff).body().path("unreadCount").asLong() == 2
                    && api.get("/inbox", unodcStaff).body().path("totalElements").asLong() == 1);
  }

  @Test
  void staff_readTheirAgencysInbox_unreadFirst_thenNewest_withWhoReadWhat() {
    Answer answer = api.get("/inbox", difStaff);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(ids(answer.body())).containsExactly(newestNotice, oldestNotice, middleNotice);
    JsonNode newestItem = answer.body().path("items").get(0);
    assertThat(newestItem.path("kind").asText()).isEqualTo("REFERRAL_RECEIVED");
    assertThat(newestItem.path("referralId").asText()).isEqualTo(newest.toString());
    assertThat(newestItem.path("otherAgency").asText()).isEqualTo(FISCALIA.value());
    assertThat(newestItem.path("urgency").asText()).isEqualTo("URGENT");
    assertThat(newestItem.path("recordedAt").asText()).isEqualTo("2022-10-21T12:00:00Z");
    assertThat(newestItem.path("read").asBoolean()).isFalse();
    JsonNode readItem = answer.body().path("items").get(2);
    assertThat(readItem.path("read").asBoolean()).isTrue();
    assertThat(readItem.path("readBy").asText()).isEqualTo("staff-of-dif-benito-juarez");
    assertThat(readItem.path("readAt").asText()).isNotBlank();
    assertThat(answer.body().path("unreadCount").asLong()).isEqualTo(2);
  }

  @Test
  void pagesAndTheReadFilter() {
    Answer first = api.get("/inbox?size=2", difStaff);
    Answer second = api.get("/inbox?size=2&page=1", difStaff);
    assertThat(ids(first.body())).containsExactly(newestNotice, oldestNotice);
    assertThat(ids(second.body())).containsExactly(middleNotice);
    assertThat(first.body().path("totalPages").asInt()).isEqualTo(2);
    assertThat(first.body().path("totalElements").asLong()).isEqualTo(3);

    assertThat(ids(api.get("/inbox?unread=true", difStaff).body()))
        .containsExactly(newestNotice, oldestNotice);
    Answer read = api.get("/inbox?unread=false", difStaff);
    assertThat(ids(read.body())).containsExactly(middleNotice);
    assertThat(read.body().path("unread").asBoolean()).isFalse();
  }

  @Test
  void eachAgency_seesOnlyItsOwnNotices() {
    assertThat(ids(api.get("/inbox", fiscaliaStaff).body())).containsExactly(acceptedNotice);
    JsonNode answer = api.get("/inbox", fiscaliaStaff).body().path("items").get(0);
    assertThat(answer.path("kind").asText()).isEqualTo("REFERRAL_ACCEPTED");
    assertThat(answer.path("otherAgency").asText()).isEqualTo(DIF.value());
    assertThat(ids(api.get("/inbox", unodcStaff).body())).hasSize(1).doesNotContain(newestNotice);
  }

  @Test
  void onlyStaffRead_andMalformedParametersAre400() {
    String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
    String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
    String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
    assertProblem(api.get("/inbox", auditor), 403, "FORBIDDEN");
    assertProblem(api.get("/inbox", reviewer), 403, "FORBIDDEN");
    assertProblem(api.get("/inbox", admin), 403, "FORBIDDEN");
    assertThat(api.get("/inbox", null).status()).isEqualTo(401);
    assertProblem(api.get("/inbox?size=0", difStaff), 400, "INVALID_PARAMETER");
    assertProblem(api.get("/inbox?page=-1", difStaff), 400, "INVALID_PARAMETER");
    assertProblem(api.get("/inbox?unread=maybe", difStaff), 400, "INVALID_PARAMETER");
  }

  @Test
  void noAnswer_holdsACaseReference_orAVictimDetail() {
    String answers =
        api.get("/inbox", difStaff).body().toString()
            + api.get("/inbox", fiscaliaStaff).body()
            + api.get("/inbox", unodcStaff).body();
    assertThat(canaries).isNotEmpty();
    for (String canary : canaries) {
      assertThat(answers).doesNotContain(canary);
    }
  }

  private String issue(ReferralId referral, Instant at) {
    ReferralIssuedEvent issue = issued(referral, FISCALIA, DIF);
    canaries.add(issue.caseReference().value());
    canaries.add(issue.victimDetails().ciphertext());
    return log.append(issue, byStaffOf(FISCALIA), at);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("itemId").asText()));
    return ids;
  }
}
