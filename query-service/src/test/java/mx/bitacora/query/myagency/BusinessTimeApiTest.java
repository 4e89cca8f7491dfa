package mx.bitacora.query.myagency;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The my-agency view on business time, for an agency of its own (so the shared context's other
 * records don't count): a referral made on 24 October 2022 and answered 2 h 15 min later, as the
 * agencies stated, but recorded in November (late); another with no stated times, recorded in
 * November and answered an hour later.
 */
class BusinessTimeApiTest extends ApiTest {

  private static final AgencyId ISSUER = new AgencyId("fiscalia-bt-" + suffix());
  private static final AgencyId RECEIVER = new AgencyId("dif-bt-" + suffix());
  private static final ReferralId STATED = new ReferralId(UUID.randomUUID());
  private static final ReferralId UNSTATED = new ReferralId(UUID.randomUUID());

  private final String receiverStaff = DevTokens.mint("bt-1", RECEIVER.value(), "AGENCY_STAFF");

  @BeforeAll
  void recordTheHistory() {
    ReferralIssuedEvent plain = issued(STATED, ISSUER, RECEIVER);
    log.append(
        withIssuedAt(plain, Instant.parse("2022-10-24T14:30:00Z")),
        byStaffOf(ISSUER),
        Instant.parse("2022-11-20T09:00:00Z"));
    log.append(
        new ReferralAcceptedEvent(STATED, Instant.parse("2022-10-24T16:45:00Z")),
        byStaffOf(RECEIVER),
        Instant.parse("2022-11-20T10:00:00Z"));
    log.append(
        issued(UNSTATED, ISSUER, RECEIVER),
        byStaffOf(ISSUER),
        Instant.parse("2022-11-21T10:00:00Z"));
    log.append(
        new ReferralAcceptedEvent(UNSTATED),
        byStaffOf(RECEIVER),
        Instant.parse("2022-11-21T11:00:00Z"));
    await()
        .atMost(LAG)
        .until(
            () ->
                api.get("/my-agency", receiverStaff)
                        .body()
                        .at("/timeToAnswer/REFERRAL_RECEIVED/answered")
                        .asLong()
                    == 2);
  }

  @Test
  void months_andTheMedian_areOfBusinessTime_andLateRecordsAreCounted() {
    JsonNode summary = api.get("/my-agency", receiverStaff).body();

    assertThat(summary.get("byMonth")).hasSize(2);
    assertThat(summary.at("/byMonth/0/month").asText()).isEqualTo("2022-10");
    assertThat(summary.at("/byMonth/0/counts/REFERRAL_RECEIVED").asLong()).isEqualTo(1);
    assertThat(summary.at("/byMonth/1/month").asText()).isEqualTo("2022-11");
    // 2 h 15 min between the stated times, 1 h between the record times: the median of both.
    assertThat(summary.at("/timeToAnswer/REFERRAL_RECEIVED/median").asText())
        .isEqualTo("PT1H37M30S");
    assertThat(summary.at("/recordedLate/REFERRAL_RECEIVED").asLong()).isEqualTo(1);
  }

  @Test
  void eachItem_showsBothTimes_whetherItsBusinessTimeWasStated_andWhetherItWasRecordedLate() {
    JsonNode items = api.get("/my-agency/activity?order=OLDEST_FIRST", receiverStaff).body();

    JsonNode stated = items.at("/items/0");
    assertThat(stated.get("id").asText()).isEqualTo(STATED.toString());
    assertThat(stated.get("occurredAt").asText()).isEqualTo("2022-10-24T14:30:00Z");
    assertThat(stated.get("recordedAt").asText()).isEqualTo("2022-11-20T09:00:00Z");
    assertThat(stated.get("month").asText()).isEqualTo("2022-10");
    assertThat(stated.get("businessTimeStated").asBoolean()).isTrue();
    assertThat(stated.get("recordedLate").asBoolean()).isTrue();
    JsonNode unstated = items.at("/items/1");
    assertThat(unstated.get("id").asText()).isEqualTo(UNSTATED.toString());
    assertThat(unstated.get("occurredAt").asText()).isEqualTo("2022-11-21T10:00:00Z");
    assertThat(unstated.get("businessTimeStated").asBoolean()).isFalse();
    assertThat(unstated.get("recordedLate").asBoolean()).isFalse();
  }

  @Test
  void fromAndTo_filterBusinessTime_recordedFromAndTo_filterRecordTime() {
    JsonNode october =
        api.get("/my-agency?from=2022-10-01T00:00:00Z&to=2022-11-01T00:00:00Z", receiverStaff)
            .body();
    assertThat(october.at("/totals/REFERRAL_RECEIVED").asLong()).isEqualTo(1);

    JsonNode recordedInNovember =
        api.get(
                "/my-agency?recordedFrom=2022-11-01T00:00:00Z&recordedTo=2022-12-01T00:00:00Z",
                receiverStaff)
            .body();
    assertThat(recordedInNovember.at("/totals/REFERRAL_RECEIVED").asLong()).isEqualTo(2);
    assertThat(recordedInNovember.get("recordedFrom").asText()).isEqualTo("2022-11-01T00:00:00Z");

    JsonNode both =
        api.get(
                "/my-agency/activity?from=2022-10-01T00:00:00Z&to=2022-11-01T00:00:00Z"
                    + "&recordedFrom=2022-11-01T00:00:00Z",
                receiverStaff)
            .body();
    assertThat(both.get("totalElements").asLong()).isEqualTo(1);
  }

  @Test
  void aReversedRecordTimeRange_isAMalformedParameter() {
    assertProblem(
        api.get(
            "/my-agency?recordedFrom=2022-12-01T00:00:00Z&recordedTo=2022-11-01T00:00:00Z",
            receiverStaff),
        400,
        "INVALID_PARAMETER");
  }

  private static ReferralIssuedEvent withIssuedAt(ReferralIssuedEvent event, Instant issuedAt) {
    return new ReferralIssuedEvent(
        event.referralId(),
        event.caseReference(),
        event.issuingAgency(),
        event.receivingAgency(),
        event.receivingShelter(),
        event.service(),
        event.urgency(),
        event.consent(),
        event.victimDetails(),
        event.onwardFrom(),
        event.caseIssuingAgency(),
        issuedAt,
        null);
  }

  private static String suffix() {
    return Long.toString(System.nanoTime() % 1_000_000);
  }
}
