package mx.bitacora.command.referral;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Referral answer deadlines on the real stack: Axon's db-scheduler deadline manager, its task table
 * in {@code scheduling.scheduled_tasks}, and the escalation appended to the event store.
 */
@CommandServiceTest
@TestPropertySource(
    properties = {
      "bitacora.referrals.answer-limits.EMERGENCY=2s",
      "bitacora.referrals.answer-limits.URGENT=2s",
      "bitacora.referrals.answer-limits.ROUTINE=2s",
      "db-scheduler.polling-interval=100ms"
    })
class ReferralEscalationTest {

  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String ESCALATED = "mx.bitacora.events.referral.ReferralEscalatedEvent";

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private DeadlineManager deadlineManager;

  private CommandApi api;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  @Test
  void deadlines_areKeptByDbScheduler_inTheSchedulingSchema() {
    assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
    UUID id = issue();

    assertThat(tasksOf(id)).isEqualTo(1);
    String data =
        jdbc.queryForObject(
            "select encode(task_data, 'escape') from scheduling.scheduled_tasks", String.class);
    // Jackson, not Java serialization: the deadline's payload is readable JSON with the id only.
    assertThat(data).contains(id.toString(), "ReferralAnswerDeadline");
    assertThat(data).doesNotContain("QROO-2022-0147", "\\xaced");
  }

  @Test
  void aDeadlineStoredBeforeWaitsWereRecorded_stillReads_andTimesTheCurrentWait() throws Exception {
    ObjectNode stored =
        json.valueToTree(
            new ReferralAnswerDeadline(
                new ReferralId(UUID.randomUUID()), Duration.ofHours(12), 0L));
    stored.remove("awaitingSince");

    ReferralAnswerDeadline legacy = json.treeToValue(stored, ReferralAnswerDeadline.class);

    assertThat(legacy.awaitingSince()).isNull();
    assertThat(legacy.isFor(7)).isTrue();
  }

  @Test
  void anUnansweredReferral_isEscalated_andAnAnsweredOneIsNot() throws Exception {
    UUID answered = issue();
    assertThat(status(api.post("/referrals/" + answered + "/accept", null, DIF_STAFF)))
        .isEqualTo(200);
    UUID unanswered = issue();

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> escalationsOf(unanswered).size() == 1);

    JsonNode escalation = json.readTree(escalationsOf(unanswered).get(0));
    assertThat(escalation.path("referralId").asText()).isEqualTo(unanswered.toString());
    assertThat(escalation.path("caseReference").asText()).isEqualTo("QROO-2022-0147");
    assertThat(escalation.path("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(Duration.parse(escalation.path("limit").asText())).isEqualTo(Duration.ofSeconds(2));
    assertThat(tasksOf(unanswered)).as("a met deadline leaves no task").isZero();
    // The answered referral's deadline, due first, came due too and changed nothing.
    await().atMost(Duration.ofSeconds(30)).until(() -> tasksOf(answered) == 0);
    assertThat(escalationsOf(answered)).isEmpty();
    // The platform escalates, not a person: no actor, agency or request in the metadata.
    JsonNode metadata =
        json.readTree(
            jdbc.queryForObject(
                "select meta_data from event_store.domain_event_entry where payload_type = ?",
                byte[].class,
                ESCALATED));
    assertThat(metadata.has("actor")).isFalse();
    assertThat(metadata.has("actorAgency")).isFalse();
    // Escalation does not block the answer.
    assertThat(status(api.post("/referrals/" + unanswered + "/decline", declineBody(), DIF_STAFF)))
        .isEqualTo(200);
  }

  private UUID issue() {
    UUID id = UUID.randomUUID();
    assertThat(status(api.post("/referrals", issueBody(id), FISCALIA_STAFF))).isEqualTo(201);
    return id;
  }

  private long tasksOf(UUID referral) {
    return jdbc.queryForObject(
        "select count(*) from scheduling.scheduled_tasks"
            + " where position(? in encode(task_data, 'escape')) > 0",
        Long.class,
        referral.toString());
  }

  private List<byte[]> escalationsOf(UUID referral) {
    return jdbc.queryForList(
        "select payload from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and payload_type = ?",
        byte[].class,
        referral.toString(),
        ESCALATED);
  }

  private static String declineBody() {
    return "{\"reason\":\"NO_CAPACITY\"}";
  }

  private static String issueBody(UUID id) {
    return """
        {
          "referralId": "%s",
          "caseReference": "QROO-2022-0147",
          "receivingAgency": "dif-benito-juarez",
          "service": "SHELTER",
          "urgency": "EMERGENCY",
          "consent": {"givenOn": "2022-10-20", "scope": "REQUESTED_SERVICE_ONLY"}
        }
        """
        .formatted(id);
  }
}
