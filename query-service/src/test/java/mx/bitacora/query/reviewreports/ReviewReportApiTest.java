package mx.bitacora.query.reviewreports;

import static mx.bitacora.query.reviews.TestReviews.STATEMENT;
import static mx.bitacora.query.reviews.TestReviews.answered;
import static mx.bitacora.query.reviews.TestReviews.byReviewer;
import static mx.bitacora.query.reviews.TestReviews.newFinding;
import static mx.bitacora.query.reviews.TestReviews.newReview;
import static mx.bitacora.query.reviews.TestReviews.opened;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.commitment.ReferralAnswerTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingRecordedEvent;
import mx.bitacora.events.review.FindingSeverity;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Review reports on the running service: a reviewer downloads the report of a review with a
 * commitment met by a delivery, a referral-answers commitment and an answered finding, as a Spanish
 * PDF read back here (its integrity section names the signed checkpoint the report is as of), as
 * CSV and JSON, in English; every issued file verifies; a file changed by one byte does not; the
 * refusals; reports issued by several reviewers at once; and, last, an event under a figure changed
 * in the database makes the recomputed figures disagree.
 */
@OwnContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
    properties = {
      "bitacora.integrity.seal-interval=50ms",
      "bitacora.integrity.checkpoint-every-positions=1",
      "bitacora.integrity.gap-grace=0s"
    })
class ReviewReportApiTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final String SMALL_COUNTS_NOTE =
      "Las cifras de canalizaciones menores a 5 se muestran como «<5».";
  private static final LocalDate MADE_ON = LocalDate.of(2022, 3, 1);
  private static final LocalDate RECEIVED_ON = LocalDate.of(2022, 10, 21);

  private final AgencyId dif = NetworkFacts.newAgency("dif");
  private final ShelterId shelter =
      new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
  private final CommitmentId kits = new CommitmentId(UUID.randomUUID());
  private final CommitmentId answers = new CommitmentId(UUID.randomUUID());
  private final DeliveryId delivery = new DeliveryId(UUID.randomUUID());
  private final ReviewId review = newReview();
  private final FindingId finding = newFinding();

  private final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort private int port;
  @Autowired private JdbcTemplate jdbc;

  private String plannedEventId;
  private long receiptPosition;

  @BeforeAll
  void recordAReviewOfAKept20KitPromise() {
    log.append(
        new CommitmentMadeEvent(
            kits,
            List.of(UNODC),
            null,
            new DeliveryTerms(
                shelter, dif, "Kit de higiene", "kit", new BigDecimal("20"), RECEIVED_ON),
            MADE_ON),
        byStaffOf(UNODC));
    log.append(
        new CommitmentMadeEvent(
            answers,
            List.of(dif),
            null,
            new ReferralAnswerTerms(LocalDate.now().minusDays(30), LocalDate.now().plusDays(30)),
            MADE_ON),
        byStaffOf(dif));
    plannedEventId =
        log.append(
            new DeliveryPlannedEvent(
                delivery,
                null,
                INL,
                List.of(UNODC),
                shelter,
                dif,
                RECEIVED_ON,
                List.of(new DeliveryItem(1, "Kit de higiene", new BigDecimal("20"), "kit")),
                List.of()),
            byStaffOf(UNODC));
    String receipt =
        log.append(
            new DeliveryReceiptAcknowledgedEvent(
                delivery, new Official("Directora del albergue", dif), RECEIVED_ON, List.of()),
            byStaffOf(dif));
    receiptPosition = positionOf(receipt);
    // Two referrals to DIF in the answers promise's window: a count a reviewer sees as "<5".
    for (int i = 0; i < 2; i++) {
      log.append(
          NetworkFacts.issued(new ReferralId(UUID.randomUUID()), FISCALIA, dif),
          byStaffOf(FISCALIA));
    }
    log.append(opened(review, dif, UNODC), byReviewer());
    log.append(
        new FindingRecordedEvent(
            review,
            finding,
            "ENTREGAS",
            FindingSeverity.MEDIUM,
            dif,
            STATEMENT,
            "Acusar cada entrega",
            new Evidence(List.of(kits, answers), List.of(receiptPosition)),
            LocalDate.now().minusDays(9),
            LocalDate.now().plusDays(20)),
        byReviewer());
    log.append(answered(review, finding, dif), byStaffOf(dif));
    await()
        .atMost(LAG)
        .until(
            () ->
                api.get("/reviews/" + review, reviewer)
                        .body()
                        .at("/review/findings/answered")
                        .asInt()
                    == 1);
  }

  @Test
  @Order(1)
  void aReviewerDownloadsASpanishPdf_whoseIntegritySectionNamesTheSignedCheckpoint_andVerifies()
      throws Exception {
    HttpResponse<byte[]> pdf = awaitReport("application/pdf", null, reviewer);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(pdf.headers().firstValue(ReviewReportController.SHA256_HEADER))
        .hasValue(sha256(pdf.body()));
    long position =
        Long.parseLong(pdf.headers().firstValue(ReviewReportController.POSITION_HEADER).get());
    JsonNode checkpoint =
        api.get("/integrity/checkpoints?after=" + (position - 1) + "&limit=1", reviewer)
            .body()
            .get("checkpoints")
            .get(0);
    assertThat(checkpoint.get("position").asLong()).isEqualTo(position);
    String keyId = api.get("/integrity/public-key", reviewer).body().get("keyId").asText();

    String text = textOf(pdf.body());
    assertThat(text)
        .contains("Informe de revisión de cumplimiento")
        .contains("Revisión de entregas 2022")
        .contains("Compromisos en el alcance")
        .contains("Cumplido")
        .contains(STATEMENT)
        .contains("Respondido")
        .contains("Integridad")
        .contains("Posición de la bitácora")
        .contains(Long.toString(position))
        .contains(checkpoint.get("chainHash").asText())
        .contains(keyId);

    // The answers promise's 2 referrals, printed as "<5" in its row (not only in the note).
    assertThat(text.replace(SMALL_COUNTS_NOTE, "")).contains("<5");

    JsonNode verification = verify(pdf.body(), reviewer, null);
    assertThat(verification.get("verified").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.get("issued").asBoolean()).isTrue();
    assertThat(verification.get("checkpointGenuine").asBoolean()).isTrue();
    assertThat(verification.get("figuresAgree").asBoolean()).isTrue();
    assertThat(verification.get("asOfPosition").asLong()).isEqualTo(position);
    assertThat(verification.get("reviewId").asText()).isEqualTo(review.toString());
    assertThat(verification.get("format").asText()).isEqualTo("PDF");
    assertThat(verification.get("language").asText()).isEqualTo("es");
    assertThat(verification.get("summary").asText()).startsWith("El archivo es un informe");

    byte[] altered = pdf.body().clone();
    altered[altered.length / 2] ^= 1;
    JsonNode refused = verify(altered, reviewer, null);
    assertThat(refused.get("verified").asBoolean()).isFalse();
    assertThat(refused.get("issued").asBoolean()).isFalse();
    assertThat(refused.get("summary").asText()).startsWith("Este archivo no corresponde");
  }

  @Test
  @Order(2)
  void csvAndJson_inEnglishOnRequest_verifyToo_andTheJsonIsTheFigures() throws Exception {
    HttpResponse<byte[]> csv = awaitReport("text/csv", "en", auditor);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String table = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(table.lines().findFirst()).hasValue("Section,Row,Field,Value");
    assertThat(table).contains("Commitments in scope").contains("Integrity").contains("Met");
    assertThat(verify(csv.body(), admin, "en").get("verified").asBoolean()).isTrue();

    HttpResponse<byte[]> json = awaitReport("application/json", null, reviewer);
    JsonNode report = JSON.readTree(json.body());
    assertThat(report.get("version").asText()).isEqualTo("bitacora-review-report-v1");
    assertThat(report.at("/integrity/position").asLong())
        .isEqualTo(
            Long.parseLong(
                json.headers().firstValue(ReviewReportController.POSITION_HEADER).get()));
    List<String> statuses = new ArrayList<>();
    report.get("commitments").forEach(c -> statuses.add(c.get("status").asText()));
    assertThat(statuses).contains("MET");
    report
        .get("commitments")
        .forEach(
            c -> {
              if (c.get("kind").asText().equals("REFERRAL_ANSWERS")) {
                assertThat(c.get("promisedShown").asText()).isEqualTo("<5");
                assertThat(c.get("promised").isNull()).isTrue();
                assertThat(c.get("achievedShown").asText()).isEqualTo("0");
              }
            });
    assertThat(report.at("/findings/0/evidencePositions/0").asLong()).isEqualTo(receiptPosition);
    JsonNode verification = verify(json.body(), reviewer, "en");
    assertThat(verification.get("verified").asBoolean()).isTrue();
    assertThat(verification.get("summary").asText()).startsWith("The file is a report");
  }

  @Test
  @Order(3)
  void refusals_areProblems_andChangeNothing() throws Exception {
    awaitReport("application/json", null, reviewer);
    String staff = DevTokens.mint("staff-1", dif.value(), "AGENCY_STAFF");
    long before = issuances();
    assertThat(get("/reviews/" + review + "/report", "application/pdf", null, staff).statusCode())
        .isEqualTo(403);
    assertThat(get("/reviews/" + review + "/report", "application/pdf", null, admin).statusCode())
        .isEqualTo(403);
    HttpResponse<byte[]> unknown =
        get("/reviews/" + UUID.randomUUID() + "/report", "application/pdf", null, reviewer);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(problemCode(unknown)).isEqualTo("REVIEW_NOT_FOUND");
    HttpResponse<byte[]> png = get("/reviews/" + review + "/report", "image/png", null, reviewer);
    assertThat(png.statusCode()).isEqualTo(406);
    assertThat(problemCode(png)).isEqualTo("REPORT_FORMAT_NOT_ACCEPTABLE");
    assertThat(get("/reviews/not-a-uuid/report", "application/pdf", null, reviewer).statusCode())
        .isEqualTo(400);
    HttpResponse<byte[]> empty = post(new byte[0], staff, null);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(problemCode(empty)).isEqualTo("REPORT_FILE_EMPTY");
    assertThat(
            verify("not a report".getBytes(StandardCharsets.UTF_8), staff, null)
                .get("issued")
                .asBoolean())
        .isFalse();
    // An Accept header that cannot be read is ignored: the problem is still written.
    HttpResponse<byte[]> garbled =
        get("/reviews/" + UUID.randomUUID() + "/report", "@@@;;", null, reviewer);
    assertThat(garbled.statusCode()).isEqualTo(404);
    assertThat(problemCode(garbled)).isEqualTo("REVIEW_NOT_FOUND");
    HttpResponse<byte[]> huge =
        post(new byte[ReviewReportController.MAX_FILE_BYTES + 1], staff, null);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(problemCode(huge)).isEqualTo("REQUEST_TOO_LARGE");
    assertThat(issuances()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void reportsIssuedByFourReviewersAtOnce_areEachRecorded_andEachVerifies() throws Exception {
    long before = issuances();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<byte[]>>> downloads = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String token = DevTokens.mint("reviewer-" + i, "segob", "COMPLIANCE_REVIEWER");
        Callable<HttpResponse<byte[]>> download = () -> awaitReport("text/csv", null, token);
        downloads.add(pool.submit(download));
      }
      for (Future<HttpResponse<byte[]>> download : downloads) {
        assertThat(verify(download.get().body(), reviewer, null).get("verified").asBoolean())
            .isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    await().atMost(LAG).until(() -> issuances() == before + 4);
  }

  @Test
  @Order(5)
  void anEventUnderAFigure_changedInTheDatabase_makesTheRecomputedFiguresDisagree()
      throws Exception {
    HttpResponse<byte[]> pdf = awaitReport("application/pdf", null, reviewer);
    assertThat(verify(pdf.body(), reviewer, null).get("verified").asBoolean()).isTrue();

    // As a database superuser could: the planned 20 kits become 19, so 19 were received.
    int changed =
        jdbc.update(
            "UPDATE event_store.domain_event_entry SET payload = convert_to(replace("
                + "convert_from(payload, 'UTF8'), '\"quantity\":20', '\"quantity\":19'), 'UTF8')"
                + " WHERE event_identifier = ?",
            plannedEventId);
    assertThat(changed).isOne();

    JsonNode verification = verify(pdf.body(), reviewer, null);
    assertThat(verification.get("issued").asBoolean()).isTrue();
    assertThat(verification.get("checkpointGenuine").asBoolean()).isTrue();
    assertThat(verification.get("figuresAgree").asBoolean()).isFalse();
    assertThat(verification.get("verified").asBoolean()).isFalse();
    assertThat(verification.get("summary").asText()).contains("ya no coinciden");
  }

  /** The report, once the newest checkpoint covers the review (503 until then). */
  private HttpResponse<byte[]> awaitReport(String accept, String language, String token) {
    List<HttpResponse<byte[]>> answer = new ArrayList<>();
    await()
        .atMost(LAG)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              HttpResponse<byte[]> response =
                  get("/reviews/" + review + "/report", accept, language, token);
              if (response.statusCode() == 503) {
                return false;
              }
              answer.add(response);
              return true;
            });
    HttpResponse<byte[]> response = answer.get(0);
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return response;
  }

  /** The verification, once the register of issuances has read the log (503 until then). */
  private JsonNode verify(byte[] file, String token, String language) throws Exception {
    List<HttpResponse<byte[]>> answer = new ArrayList<>();
    await()
        .atMost(LAG)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              HttpResponse<byte[]> attempt = post(file, token, language);
              answer.add(attempt);
              return attempt.statusCode() != 503;
            });
    HttpResponse<byte[]> response = answer.get(answer.size() - 1);
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private HttpResponse<byte[]> get(String path, String accept, String language, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept);
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> post(byte[] file, String token, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/reviews/reports/verification"))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/octet-stream");
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return http.send(
        request.POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private long issuances() {
    Long count =
        jdbc.queryForObject(
            "SELECT count(*) FROM event_store.domain_event_entry WHERE payload_type = ?",
            Long.class,
            "mx.bitacora.events.review.ReviewReportIssuedEvent");
    return count == null ? 0 : count;
  }

  private long positionOf(String eventId) {
    Long position =
        jdbc.queryForObject(
            "SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?",
            Long.class,
            eventId);
    return position == null ? 0 : position;
  }

  private static String problemCode(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body()).get("code").asText();
  }

  private static String textOf(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
