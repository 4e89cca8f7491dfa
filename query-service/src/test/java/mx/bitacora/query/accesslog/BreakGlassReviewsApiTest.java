package mx.bitacora.query.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mx.bitacora.events.accessreview.BreakGlassReadReviewedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.accesslog.JdbcCaseAccessLog;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.testing.AggregateEventLog;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Break-glass reads and their reviews, as the commission and the owning agencies list them: each
 * read with its status (justified, not justified, unreviewed, overdue after {@code
 * bitacora.break-glass.review-within-days}, here 3), the review's author and time; staff see only
 * reads of their own agency's cases; the review is in the audit trail, naming the agencies only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
@TestPropertySource(properties = "bitacora.break-glass.review-within-days=3")
class BreakGlassReviewsApiTest extends QueryServiceTest {

  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId YUCATAN = new AgencyId("fiscalia-yucatan");
  private static final AgencyId MERIDA = new AgencyId("dif-merida");
  private static final Actor READER =
      new Actor("auditor-1", new AgencyId("segob"), Set.of(Role.COMMISSION_AUDITOR));

  @LocalServerPort int port;
  @Autowired CaseAccessLog accessLog;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ObjectMapper json;
  @Autowired EventStore eventStore;

  private QueryApi api;
  private final String auditor = DevTokens.mint("auditor-2", "segob", "COMMISSION_AUDITOR");
  private final String difStaff =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private final String yucatanStaff =
      DevTokens.mint("fiscalia-yuc-1", "fiscalia-yucatan", "AGENCY_STAFF");
  private final String unodcStaff = DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");

  private long justified;
  private long notJustified;
  private long overdue;
  private long unreviewed;
  private long plainRead;

  @BeforeAll
  void recordReadsAndReviews() {
    api = new QueryApi(port);
    // Ten days ago: past the three days allowed for a review.
    CaseAccessLog tenDaysAgo =
        new JdbcCaseAccessLog(
            jdbc,
            transactions,
            json,
            Clock.fixed(Instant.now().minus(Duration.ofDays(10)), ZoneOffset.UTC));
    justified = breakGlass(accessLog, "QROO-2026-0001", FISCALIA, DIF);
    notJustified = breakGlass(accessLog, "YUC-2026-0002", YUCATAN, MERIDA);
    overdue = breakGlass(tenDaysAgo, "QROO-2026-0003", FISCALIA, DIF);
    unreviewed = breakGlass(accessLog, "QROO-2026-0004", FISCALIA, DIF);
    accessLog.record(
        CaseAccess.allowed(
            new Actor("dif-staff-1", DIF, Set.of(Role.AGENCY_STAFF)),
            "referral-detail",
            List.of(new CaseReached("QROO-2026-0005", FISCALIA, List.of(FISCALIA, DIF))),
            Map.of()));
    plainRead = lastPosition();

    NetworkEventLog log = new NetworkEventLog(eventStore);
    Map<String, Object> byAuditor2 =
        AggregateEventLog.origin(
            "auditor-2", new AgencyId("segob"), "req-" + UUID.randomUUID(), "COMMISSION_AUDITOR");
    log.append(
        new BreakGlassReadReviewedEvent(justified, true, List.of(FISCALIA, DIF)), byAuditor2);
    log.append(
        new BreakGlassReadReviewedEvent(notJustified, false, List.of(YUCATAN, MERIDA)), byAuditor2);
    await()
        .atMost(LAG)
        .until(
            () ->
                api.get("/access-log/break-glass?status=NOT_JUSTIFIED", auditor)
                        .body()
                        .path("totalElements")
                        .asLong()
                    == 1);
  }

  @Test
  void theCommission_seesEveryBreakGlassRead_withItsStatusAndReview() {
    Answer answer = api.get("/access-log/break-glass", auditor);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("reviewWithinDays").asLong()).isEqualTo(3);
    List<JsonNode> reads = reads(answer);
    assertThat(reads)
        .extracting(r -> r.path("position").asLong())
        .containsExactly(unreviewed, overdue, notJustified, justified)
        .doesNotContain(plainRead);
    assertThat(reads)
        .extracting(r -> r.path("status").asText())
        .containsExactly("UNREVIEWED", "OVERDUE", "NOT_JUSTIFIED", "JUSTIFIED");
    JsonNode review = reads.get(3).path("review");
    assertThat(review.path("justified").asBoolean()).isTrue();
    assertThat(review.path("reviewedBy").asText()).isEqualTo("auditor-2");
    assertThat(review.path("reviewerAgency").asText()).isEqualTo("segob");
    assertThat(review.path("reviewedAt").isTextual()).isTrue();
    assertThat(reads.get(0).path("review").isNull()).isTrue();
    assertThat(reads.get(0).path("entry").path("actor").asText()).isEqualTo("auditor-1");
    assertThat(Instant.parse(reads.get(1).path("reviewDueBy").asText())).isBefore(Instant.now());
    assertThat(Instant.parse(reads.get(0).path("reviewDueBy").asText())).isAfter(Instant.now());
  }

  @Test
  void eachStatus_filtersTheList_overdueAmongThem() {
    assertThat(positions(api.get("/access-log/break-glass?status=OVERDUE", auditor)))
        .containsExactly(overdue);
    assertThat(positions(api.get("/access-log/break-glass?status=UNREVIEWED", auditor)))
        .containsExactly(unreviewed);
    assertThat(positions(api.get("/access-log/break-glass?status=JUSTIFIED", auditor)))
        .containsExactly(justified);
    assertThat(positions(api.get("/access-log/break-glass?status=NOT_JUSTIFIED", auditor)))
        .containsExactly(notJustified);
    assertThat(api.get("/access-log/break-glass?status=LATE", auditor).status()).isEqualTo(400);
  }

  @Test
  void theOwningAgency_seesTheReadsOfItsCasesAndTheirReviews_othersNot() {
    Answer difs = api.get("/access-log/break-glass", difStaff);

    assertThat(difs.status()).isEqualTo(200);
    assertThat(positions(difs)).containsExactly(unreviewed, overdue, justified);
    assertThat(reads(difs).get(2).path("review").path("justified").asBoolean()).isTrue();
    assertThat(difs.body().toString()).doesNotContain("YUC-2026-0002").doesNotContain("dif-merida");
    assertThat(positions(api.get("/access-log/break-glass?status=OVERDUE", difStaff)))
        .containsExactly(overdue);

    Answer yucatans = api.get("/access-log/break-glass", yucatanStaff);
    assertThat(positions(yucatans)).containsExactly(notJustified);
    assertThat(reads(yucatans).get(0).path("status").asText()).isEqualTo("NOT_JUSTIFIED");
    assertThat(yucatans.body().toString()).doesNotContain("QROO-2026");

    assertThat(positions(api.get("/access-log/break-glass", unodcStaff))).isEmpty();
  }

  @Test
  void asOfAPosition_theReviewsAreThoseRecordedBy_then() {
    long firstReview =
        jdbc.queryForObject(
            "SELECT min(global_index) FROM event_store.domain_event_entry"
                + " WHERE aggregate_identifier LIKE 'break-glass-review:%'",
            Long.class);

    Answer past =
        await()
            .atMost(LAG)
            .until(
                () -> api.get("/access-log/break-glass?asOfPosition=" + firstReview, auditor),
                answer -> answer.status() != 503);

    assertThat(past.status()).as(past.body().toString()).isEqualTo(200);
    assertThat(
            positions(
                api.get(
                    "/access-log/break-glass?status=JUSTIFIED&asOfPosition=" + firstReview,
                    auditor)))
        .containsExactly(justified);
    assertThat(
            positions(
                api.get(
                    "/access-log/break-glass?status=NOT_JUSTIFIED&asOfPosition=" + firstReview,
                    auditor)))
        .isEmpty();
  }

  @Test
  void reviewersAndAdministrators_mayNotList() {
    for (String token :
        List.of(
            DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER"),
            DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN"))) {
      assertThat(api.get("/access-log/break-glass", token).status()).isEqualTo(403);
    }
  }

  @Test
  void theAuditTrail_showsEachReview_namingTheAgenciesOfTheRead() {
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              List<JsonNode> reviews = new ArrayList<>();
              api.get("/audit-trail?limit=500", auditor)
                  .body()
                  .path("events")
                  .forEach(
                      e -> {
                        if (e.path("eventType").asText().endsWith("BreakGlassReadReviewedEvent")) {
                          reviews.add(e);
                        }
                      });
              assertThat(reviews).hasSize(2);
              assertThat(reviews.toString())
                  .contains("dif-benito-juarez", "fiscalia-yucatan")
                  .doesNotContain("QROO-2026", "YUC-2026");
            });
  }

  private long breakGlass(
      CaseAccessLog log, String caseReference, AgencyId issuer, AgencyId receiver) {
    log.record(
        CaseAccess.breakGlass(
            READER,
            "referral-detail",
            List.of(new CaseReached(caseReference, issuer, List.of(issuer, receiver))),
            Map.of(),
            "Queja ante la Comisión"));
    return lastPosition();
  }

  private long lastPosition() {
    return jdbc.queryForObject(
        "SELECT coalesce(max(position), 0) FROM integrity.access_log", Long.class);
  }

  private static List<JsonNode> reads(Answer answer) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    List<JsonNode> reads = new ArrayList<>();
    answer.body().path("reads").forEach(reads::add);
    return reads;
  }

  private static List<Long> positions(Answer answer) {
    return reads(answer).stream().map(r -> r.path("position").asLong()).toList();
  }
}
