package mx.bitacora.command.review;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A finding's response deadline on the real stack: Axon's db-scheduler deadline manager keeps it in
 * {@code scheduling.scheduled_tasks} until the end of the due day; brought forward there, it comes
 * due and the escalation is appended. (Same properties as {@code ReferralEscalationTest}, so the
 * two share one context.)
 */
@CommandServiceTest
@TestPropertySource(
    properties = {
      "bitacora.referrals.answer-limits.EMERGENCY=2s",
      "bitacora.referrals.answer-limits.URGENT=2s",
      "bitacora.referrals.answer-limits.ROUTINE=2s",
      "db-scheduler.polling-interval=100ms"
    })
class FindingEscalationTest {

  private static final ZoneId NETWORK_ZONE = ZoneId.of("America/Mexico_City");
  private static final LocalDate TODAY = LocalDate.now(NETWORK_ZONE);
  private static final String REVIEWER = DevTokens.mint("rev-1", "segob", "COMPLIANCE_REVIEWER");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String ESCALATED = "mx.bitacora.events.review.FindingEscalatedEvent";

  @Autowired private CommandApi api;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;

  @Test
  void anUnansweredFinding_isEscalatedAtTheEndOfItsDueDay_andAnAnsweredOneIsNot() throws Exception {
    UUID review = UUID.randomUUID();
    long agencyRegistered = firstEventNaming("dif-benito-juarez");
    assertThat(status(api.post("/reviews", openBody(review), REVIEWER))).isEqualTo(201);
    UUID unanswered = recordFinding(review, agencyRegistered);
    UUID answered = recordFinding(review, agencyRegistered);
    assertThat(
            status(
                api.post(
                    "/reviews/" + review + "/findings/" + answered + "/answer",
                    ("{\"response\": \"Atendido\", \"correctiveAction\": \"Reponer\","
                            + " \"correctiveActionDueOn\": \"%s\"}")
                        .formatted(TODAY.plusDays(5)),
                    DIF_STAFF)))
        .isEqualTo(200);

    Instant endOfDueDay = TODAY.plusDays(1).atStartOfDay(NETWORK_ZONE).toInstant();
    assertThat(executionTimesOf(unanswered)).containsExactly(endOfDueDay);
    String data = taskDataOf(unanswered);
    assertThat(data).contains(review.toString(), "FindingResponseDeadline");
    assertThat(data).doesNotContain("Se acusaron", "\\xaced");

    bringForward(unanswered);
    bringForward(answered);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> escalationsOf(review).size() == 1);

    JsonNode escalation = json.readTree(escalationsOf(review).get(0));
    assertThat(escalation.path("findingId").asText()).isEqualTo(unanswered.toString());
    assertThat(escalation.path("concernedAgency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(escalation.path("responseDueOn").asText()).isEqualTo(TODAY.toString());
    await().atMost(Duration.ofSeconds(30)).until(() -> executionTimesOf(answered).isEmpty());
    assertThat(escalationsOf(review)).hasSize(1);
  }

  private UUID recordFinding(UUID review, long evidence) {
    UUID finding = UUID.randomUUID();
    var recorded =
        api.post(
            "/reviews/" + review + "/findings",
            """
            {"findingId": "%s", "criterion": "ENTREGAS", "severity": "HIGH",
             "concernedAgency": "dif-benito-juarez",
             "statement": "Se acusaron 18 colchones de 20 comprometidos.",
             "evidence": {"eventPositions": [%d]}, "responseDueOn": "%s"}
            """
                .formatted(finding, evidence, TODAY),
            REVIEWER);
    assertThat(status(recorded)).as(recorded.getBody()).isEqualTo(201);
    return finding;
  }

  private static String openBody(UUID review) {
    return """
        {"reviewId": "%s", "title": "Atención del DIF",
         "scope": {"agencies": ["dif-benito-juarez"], "from": "%s", "to": "%s"},
         "criteria": [{"code": "ENTREGAS", "description": "Materiales entregados y acusados"}]}
        """
        .formatted(review, TODAY.minusDays(400), TODAY.plusDays(1));
  }

  /** The agency's registration, recorded when the test's network was set up (today). */
  private long firstEventNaming(String agency) {
    return jdbc.queryForObject(
        "select min(global_index) from event_store.domain_event_entry"
            + " where aggregate_identifier = ?",
        Long.class,
        "agency:" + agency);
  }

  private void bringForward(UUID finding) {
    jdbc.update(
        "update scheduling.scheduled_tasks set execution_time = now()"
            + " where position(? in encode(task_data, 'escape')) > 0",
        finding.toString());
  }

  private List<Instant> executionTimesOf(UUID finding) {
    return jdbc
        .queryForList(
            "select execution_time from scheduling.scheduled_tasks"
                + " where position(? in encode(task_data, 'escape')) > 0",
            java.sql.Timestamp.class,
            finding.toString())
        .stream()
        .map(time -> time.toInstant().truncatedTo(ChronoUnit.SECONDS))
        .toList();
  }

  private String taskDataOf(UUID finding) {
    return jdbc.queryForObject(
        "select encode(task_data, 'escape') from scheduling.scheduled_tasks"
            + " where position(? in encode(task_data, 'escape')) > 0",
        String.class,
        finding.toString());
  }

  private List<byte[]> escalationsOf(UUID review) {
    return jdbc.queryForList(
        "select payload from event_store.domain_event_entry"
            + " where aggregate_identifier = ? and payload_type = ?",
        byte[].class,
        "review:" + review,
        ESCALATED);
  }
}
