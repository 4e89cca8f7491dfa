package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dev/LoadDemoData.java}, run as a separate process against both services on a fresh
 * database, loads the Cancún scenario through the public API, and a second run changes nothing;
 * then a compliance reviewer works through a review of the demo's project as a new user would
 * (issue 17's walk-through), down to a report checked with {@code dev/verify-report}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataTest {

  private static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String DELIVERY = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100002";
  // CHIS-2022-0212: urgent, and never answered by the demo, so it escalates.
  private static final String UNANSWERED_REFERRAL = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100103";
  // The 2023 review's prosecutors-training finding: due April 2023, never answered, so escalated.
  private static final String REVIEW = "5e1a0c3b-7d2f-4a61-9b8e-0c2023100301";
  private static final String UNANSWERED_FINDING = "5e1a0c3b-7d2f-4a61-9b8e-0c2023100303";
  private static final String DIF =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");

  private static final String AUDITOR = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private static final String REVIEWER =
      DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private static final String PROJECT = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100001";
  private static final String KITS_COMMITMENT = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100201";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static FreshDatabase database;
  private static TwoServices services;

  @BeforeAll
  static void start() {
    database = FreshDatabase.create("demo_data");
    // Urgent referrals must be answered within seconds here, so the demo's unanswered one
    // escalates. The loader registers the agencies itself.
    services =
        TwoServices.startWithoutAgencies(
            database,
            "--bitacora.referrals.answer-limits.URGENT=3s",
            "--db-scheduler.polling-interval=200ms",
            // A report is as of the newest signed checkpoint: one a second here, not a minute.
            "--bitacora.integrity.checkpoint-every=1s");
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  @Order(1)
  void theDemoLoader_loadsTheScenario_andASecondRunChangesNothing() throws Exception {
    String firstOutput = runLoader();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> escalatedReferrals().equals(List.of(UNANSWERED_REFERRAL)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> reviewEvents().contains("FindingEscalatedEvent " + UNANSWERED_FINDING));
    long eventsAfterFirstRun = eventCount();
    Map<String, Long> aggregatesAfterFirstRun = aggregatesByType();

    String secondOutput = runLoader();

    assertThat(eventCount()).isEqualTo(eventsAfterFirstRun);
    assertThat(aggregatesByType()).isEqualTo(aggregatesAfterFirstRun);
    assertThat(aggregatesAfterFirstRun)
        .containsEntry("Agency", 6L)
        .containsEntry("Shelter", 1L)
        .containsEntry("Project", 1L)
        .containsEntry("Delivery", 2L)
        .containsEntry("TrainingSession", 1L)
        .containsEntry("Referral", 3L)
        .containsEntry("Commitment", 3L)
        .containsEntry("Review", 1L);
    // Opened; the kits finding recorded, answered by DIF, accepted; the training finding recorded
    // and escalated at once (its due date had passed when it was loaded).
    assertThat(reviewEvents())
        .containsExactly(
            "ReviewOpenedEvent null",
            "FindingRecordedEvent 5e1a0c3b-7d2f-4a61-9b8e-0c2023100302",
            "FindingAnsweredEvent 5e1a0c3b-7d2f-4a61-9b8e-0c2023100302",
            "FindingAcceptedEvent 5e1a0c3b-7d2f-4a61-9b8e-0c2023100302",
            "FindingRecordedEvent " + UNANSWERED_FINDING,
            "FindingEscalatedEvent " + UNANSWERED_FINDING);
    assertThat(firstOutput).contains("0 already there");
    assertThat(secondOutput).contains("already there  dispatch delivery");

    JsonNode delivery =
        await()
            .atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(20))
            .until(
                DemoDataTest::deliveryInShelterView,
                node -> node != null && "ACKNOWLEDGED".equals(node.path("status").asText()));
    assertThat(delivery.path("occurredOn").asText()).isEqualTo("2022-10-21");

    // Business time first: DIF's October 2022 facts under October 2022 (not the month they were
    // loaded), and its answer times from the times the agencies stated: 2 h 15 min and 6 h 30 min.
    JsonNode myAgency =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> json(services.query("/my-agency", DIF)),
                summary -> summary.at("/timeToAnswer/REFERRAL_RECEIVED/answered").asLong() == 2);
    // ... and the December delivery, dispatched but not yet acknowledged, under December 2022.
    assertThat(myAgency.path("byMonth")).hasSize(2);
    assertThat(myAgency.at("/byMonth/0/month").asText()).isEqualTo("2022-10");
    assertThat(myAgency.at("/byMonth/1/month").asText()).isEqualTo("2022-12");
    assertThat(myAgency.at("/byMonth/1/counts/DELIVERY_RECEIVED").asLong()).isEqualTo(1);
    assertThat(myAgency.at("/timeToAnswer/REFERRAL_RECEIVED/median").asText())
        .isEqualTo("PT4H22M30S");
    // The Cancún session was for shelter staff and prosecutors; its three completions are
    // credited to the trainer (UNODC) and to the trainees' agencies (DIF 2, the Fiscalía 1).
    JsonNode overview =
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () -> json(services.query("/commission/overview", AUDITOR)),
                o ->
                    figures(o, "dif-benito-juarez").path("trainingCompletionsReceived").asLong()
                        == 2);
    assertThat(figures(overview, "unodc-mexico").path("trainingCompletionsGiven").asLong())
        .isEqualTo(3);
    assertThat(
            figures(overview, "unodc-mexico")
                .at("/trainingCompletionsByAudience/PROSECUTORS")
                .asLong())
        .isEqualTo(3);
    assertThat(
            figures(overview, "unodc-mexico").at("/trainingCompletionsByAudience/OTHER").asLong())
        .isZero();
    assertThat(
            figures(overview, "fiscalia-quintana-roo").path("trainingCompletionsReceived").asLong())
        .isEqualTo(1);

    // The whole demo log is sealed, and a commission auditor's verification finds it intact.
    JsonNode verification =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                DemoDataTest::verification,
                report -> report.path("sealedThrough").asLong() == report.path("logEnd").asLong());
    assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.path("verifiedThrough").asLong())
        .isGreaterThanOrEqualTo(eventsAfterFirstRun);
  }

  @Test
  @Order(2)
  void afterTheDemo_aReviewerWalksThroughAReview_andItsSpanishPdfReportVerifies(@TempDir Path files)
      throws Exception {
    // The project's commitments with their statuses on business time (all due in 2022).
    JsonNode commitments = json(services.query("/commitments?project=" + PROJECT, REVIEWER));
    Map<String, String> statuses = new HashMap<>();
    commitments
        .path("commitments")
        .forEach(c -> statuses.put(c.path("commitmentId").asText(), c.path("status").asText()));
    assertThat(statuses)
        .containsEntry(KITS_COMMITMENT, "PARTLY_MET")
        .containsEntry("5e1a0c3b-7d2f-4a61-9b8e-0c2022100202", "MET")
        .containsEntry("5e1a0c3b-7d2f-4a61-9b8e-0c2022100203", "PARTLY_MET");
    long receipt =
        json(services.query("/commitments/" + KITS_COMMITMENT, REVIEWER))
            .at("/facts/0/position")
            .asLong();
    assertThat(receipt).isPositive();

    // A review of its own, a finding citing the receipt's event, answered by DIF, accepted.
    String review = UUID.randomUUID().toString();
    String finding = UUID.randomUUID().toString();
    assertThat(
            services
                .post(
                    "/reviews",
                    """
                    {"reviewId": "%s", "title": "Revisión de seguimiento de entregas 2022",
                     "scope": {"agencies": [], "projectId": "%s", "shelterId": "cat-cancun",
                               "from": "2022-01-01", "to": "2022-12-31"},
                     "criteria": [{"code": "ENTREGAS", "description": "Entregas completas y acusadas"}]}
                    """
                        .formatted(review, PROJECT),
                    REVIEWER)
                .statusCode())
        .isEqualTo(201);
    assertThat(
            services
                .post(
                    "/reviews/" + review + "/findings",
                    """
                    {"findingId": "%s", "criterion": "ENTREGAS", "severity": "LOW",
                     "concernedAgency": "dif-benito-juarez",
                     "statement": "Se acusaron 48 de 50 kits comprometidos.",
                     "recommendation": "Acusar la reposición de los 2 kits.",
                     "evidence": {"commitments": ["%s"], "eventPositions": [%d]},
                     "responseDueOn": "2099-12-31"}
                    """
                        .formatted(finding, KITS_COMMITMENT, receipt),
                    REVIEWER)
                .statusCode())
        .isEqualTo(201);
    String findingPath = "/reviews/" + review + "/findings/" + finding;
    assertThat(
            services
                .post(
                    findingPath + "/answer",
                    """
                    {"response": "Se repusieron los 2 kits.",
                     "correctiveAction": "Revisar el empaque al recibir",
                     "correctiveActionDueOn": "2099-12-31"}
                    """,
                    DIF)
                .statusCode())
        .isEqualTo(200);
    assertThat(services.post(findingPath + "/acceptance", "{}", REVIEWER).statusCode())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> json(services.query("/reviews/" + review, REVIEWER)),
            r -> "ACCEPTED".equals(r.at("/findings/0/status").asText()));

    // The demo review's training finding, never answered, has escalated to the commission.
    JsonNode demoReview = json(services.query("/reviews/" + REVIEW, AUDITOR));
    JsonNode escalated = null;
    for (JsonNode f : demoReview.path("findings")) {
      if (UNANSWERED_FINDING.equals(f.path("findingId").asText())) {
        escalated = f;
      }
    }
    assertThat(escalated).isNotNull();
    assertThat(escalated.path("status").asText()).isEqualTo("OVERDUE");
    assertThat(escalated.path("escalated").asBoolean()).isTrue();

    // The report as a Spanish PDF, once a signed checkpoint covers the review.
    HttpResponse<byte[]> pdf =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> services.queryFile("/reviews/" + review + "/report", REVIEWER, "*/*"),
                response -> response.statusCode() != 503);
    assertThat(pdf.statusCode()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // The report lists every commitment of the project in the period, cited or not.
    JsonNode figures =
        JSON.readTree(
            services
                .queryFile("/reviews/" + review + "/report", REVIEWER, "application/json")
                .body());
    List<String> listed = new ArrayList<>();
    figures.path("commitments").forEach(c -> listed.add(c.path("commitmentId").asText()));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(statuses.keySet());
    Path report = files.resolve("informe.pdf");
    Files.write(report, pdf.body());
    Verification kept = verifyWithTheDevCommand(report);
    assertThat(kept.exitCode()).as(kept.output()).isZero();
    assertThat(kept.output()).contains("\"verified\":true").contains("\"figuresAgree\":true");

    byte[] altered = pdf.body().clone();
    altered[altered.length / 3] ^= 0x20;
    Path modified = files.resolve("informe-modificado.pdf");
    Files.write(modified, altered);
    Verification refused = verifyWithTheDevCommand(modified);
    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output()).contains("\"issued\":false");
  }

  private record Verification(int exitCode, String output) {}

  /** {@code dev/verify-report} on a file, against this test's query-service. */
  private static Verification verifyWithTheDevCommand(Path file) throws Exception {
    Process verify =
        new ProcessBuilder(
                "bash",
                "dev/verify-report",
                file.toString(),
                "--url",
                services.queryServiceUrl(),
                "--token",
                DIF)
            .directory(REPOSITORY_ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(verify.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    return new Verification(verify.exitValue(), output);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  /** The overview's figures of one agency's group. */
  private static JsonNode figures(JsonNode overview, String agencyId) {
    for (JsonNode group : overview.path("groups")) {
      if (agencyId.equals(group.path("agencyId").asText())) {
        return group.path("figures");
      }
    }
    return new ObjectMapper().createObjectNode();
  }

  private static JsonNode verification() throws Exception {
    HttpResponse<String> report = services.query("/integrity/verification", AUDITOR);
    assertThat(report.statusCode()).isEqualTo(200);
    return new ObjectMapper().readTree(report.body());
  }

  private static String runLoader() throws Exception {
    Process loader =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "dev/LoadDemoData.java",
                services.commandServiceUrl())
            .directory(REPOSITORY_ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    // Output is small; reading it to the end also waits for the process to finish writing.
    String output = new String(loader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(loader.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(loader.exitValue()).as(output).isZero();
    return output;
  }

  /** The referrals that have a ReferralEscalatedEvent (the stream ids are the referral UUIDs). */
  private static List<String> escalatedReferrals() throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select aggregate_identifier from event_store.domain_event_entry"
                    + " where payload_type like '%.ReferralEscalatedEvent'"
                    + " order by aggregate_identifier")) {
      List<String> referrals = new ArrayList<>();
      while (rows.next()) {
        referrals.add(rows.getString(1));
      }
      return referrals;
    }
  }

  /** The review's events in order, each as its type and the finding it is about. */
  private static List<String> reviewEvents() throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select substring(payload_type from '[A-Za-z]+$'),"
                    + " convert_from(payload, 'UTF8')::jsonb ->> 'findingId'"
                    + " from event_store.domain_event_entry"
                    + " where aggregate_identifier = 'review:"
                    + REVIEW
                    + "' order by sequence_number")) {
      List<String> events = new ArrayList<>();
      while (rows.next()) {
        events.add(rows.getString(1) + " " + rows.getString(2));
      }
      return events;
    }
  }

  private static long eventCount() throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select count(*) from event_store.domain_event_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Map<String, Long> aggregatesByType() throws Exception {
    Map<String, Long> counts = new HashMap<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select type, count(distinct aggregate_identifier)"
                    + " from event_store.domain_event_entry group by type")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getLong(2));
      }
    }
    return counts;
  }

  private static JsonNode deliveryInShelterView() throws Exception {
    HttpResponse<String> page = services.query("/shelters/cat-cancun/deliveries?size=100", DIF);
    assertThat(page.statusCode()).isEqualTo(200);
    for (JsonNode delivery : new ObjectMapper().readTree(page.body()).path("deliveries")) {
      if (DELIVERY.equals(delivery.path("deliveryId").asText())) {
        return delivery;
      }
    }
    return null;
  }
}
