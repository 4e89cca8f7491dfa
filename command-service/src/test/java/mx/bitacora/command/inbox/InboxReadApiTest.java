package mx.bitacora.command.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingEscalatedEvent;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingSeverity;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marking a notice of the agency's inbox read: recorded once as an {@code InboxItemReadEvent}, with
 * who read it; only for a notice of the caller's agency (any other id is 404, as an unknown one);
 * marking it again, by anyone of the agency, answers as the first time and stores nothing more. A
 * finding's notice is the concerned agency's alone.
 */
@CommandServiceTest
class InboxReadApiTest {

  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String OTHER_DIF_STAFF =
      DevTokens.mint("dif-2", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private EventStore eventStore;

  @Test
  void theReceiverMarksTheIssuedReferralRead_once_withWhoReadIt() throws Exception {
    UUID referral = issued();
    String notice = eventId(referral, 0);

    ResponseEntity<String> first = api().post(read(notice), null, DIF_STAFF);
    assertThat(CommandApi.status(first)).as(first.getBody()).isEqualTo(200);
    assertThat(json.readTree(first.getBody()).path("agencyId").asText())
        .isEqualTo("dif-benito-juarez");
    String stream = "inbox:dif-benito-juarez/" + notice;
    assertThat(api().eventsOf(stream)).isEqualTo(1);
    JsonNode metadata =
        json.readTree(
            jdbc.queryForObject(
                "select meta_data from event_store.domain_event_entry"
                    + " where aggregate_identifier = ?",
                byte[].class,
                stream));
    assertThat(metadata.path("actor").asText()).isEqualTo("dif-1");
    assertThat(
            jdbc.queryForObject(
                "select payload_type from event_store.domain_event_entry"
                    + " where aggregate_identifier = ?",
                String.class,
                stream))
        .isEqualTo("mx.bitacora.events.inbox.InboxItemReadEvent");

    // Again, by a colleague: answered as the first time, nothing more stored.
    ResponseEntity<String> again = api().post(read(notice), null, OTHER_DIF_STAFF);
    assertThat(CommandApi.status(again)).as(again.getBody()).isEqualTo(200);
    assertThat(again.getHeaders().getFirst("X-Event-Position"))
        .isEqualTo(first.getHeaders().getFirst("X-Event-Position"));
    assertThat(api().eventsOf(stream)).isEqualTo(1);
  }

  @Test
  void anAnswer_isANoticeForTheIssuer_notTheReceiver() throws Exception {
    UUID referral = issued();
    assertThat(CommandApi.status(api().post("/referrals/" + referral + "/accept", null, DIF_STAFF)))
        .isEqualTo(200);
    String answer = eventId(referral, 1);

    api().assertProblem(api().post(read(answer), null, DIF_STAFF), 404, "INBOX_ITEM_NOT_FOUND");
    assertThat(CommandApi.status(api().post(read(answer), null, FISCALIA_STAFF))).isEqualTo(200);
    // The issue is the receiver's notice, not the issuer's.
    api()
        .assertProblem(
            api().post(read(eventId(referral, 0)), null, FISCALIA_STAFF),
            404,
            "INBOX_ITEM_NOT_FOUND");
  }

  @Test
  void anotherAgencysNotice_orAnUnknownId_is404_andStoresNothing() throws Exception {
    UUID referral = issued();
    String notice = eventId(referral, 0);
    long before = api().allEvents();

    api().assertProblem(api().post(read(notice), null, UNODC_STAFF), 404, "INBOX_ITEM_NOT_FOUND");
    api()
        .assertProblem(
            api().post(read(UUID.randomUUID().toString()), null, DIF_STAFF),
            404,
            "INBOX_ITEM_NOT_FOUND");
    assertThat(api().allEvents()).isEqualTo(before);
    assertThat(CommandApi.status(api().post(read(notice), null, ADMIN))).isEqualTo(403);
    assertThat(CommandApi.status(api().post("/inbox/not-a-uuid/read", null, DIF_STAFF)))
        .isEqualTo(400);
  }

  @Test
  void aFindingsNotice_isTheConcernedAgencys_only() throws Exception {
    ReviewId review = new ReviewId(UUID.randomUUID());
    FindingId finding = new FindingId(UUID.randomUUID());
    LocalDate today = LocalDate.now();
    String recorded =
        appendToReview(
            review,
            0,
            new FindingRecordedEvent(
                review,
                finding,
                "ENTREGAS",
                FindingSeverity.LOW,
                new AgencyId("dif-benito-juarez"),
                "Entrega sin acuse",
                null,
                new Evidence(List.of(), List.of(1L)),
                today,
                today.plusDays(5)));
    String escalated =
        appendToReview(
            review,
            1,
            new FindingEscalatedEvent(
                review,
                finding,
                new AgencyId("dif-benito-juarez"),
                today.plusDays(5),
                Instant.now()));

    api().assertProblem(api().post(read(recorded), null, UNODC_STAFF), 404, "INBOX_ITEM_NOT_FOUND");
    for (String notice : List.of(recorded, escalated)) {
      ResponseEntity<String> marked = api().post(read(notice), null, DIF_STAFF);
      assertThat(CommandApi.status(marked)).as(marked.getBody()).isEqualTo(200);
    }
  }

  private String appendToReview(ReviewId review, long sequence, Object event) {
    GenericDomainEventMessage<Object> message =
        new GenericDomainEventMessage<>(
            "Review", "review:" + review, sequence, event, Map.of("actor", "reviewer-1"));
    eventStore.publish(message);
    return message.getIdentifier();
  }

  private UUID issued() {
    UUID id = UUID.randomUUID();
    ResponseEntity<String> response = api().post("/referrals", issueBody(id), FISCALIA_STAFF);
    assertThat(CommandApi.status(response)).as(response.getBody()).isEqualTo(201);
    return id;
  }

  private String eventId(UUID referral, long sequence) {
    return jdbc.queryForObject(
        "select event_identifier from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and sequence_number = ?",
        String.class,
        referral.toString(),
        sequence);
  }

  private static String read(String notice) {
    return "/inbox/" + notice + "/read";
  }

  private CommandApi api() {
    return new CommandApi(http, jdbc, json);
  }

  private static String issueBody(UUID id) {
    return """
        {
          "referralId": "%s",
          "caseReference": "QROO-2022-0147",
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
