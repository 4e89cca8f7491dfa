package mx.bitacora.command.breakglass;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.accesslog.CaseAccess;
import mx.bitacora.platform.accesslog.CaseAccessLog;
import mx.bitacora.platform.accesslog.CaseReached;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reviewing a break-glass read through the API against PostgreSQL: only a commission auditor other
 * than the reader, once per read (also when many try at once), only break-glass entries, no free
 * text; the event names the position, the finding and the agencies, and nothing else.
 */
@CommandServiceTest
class BreakGlassReviewApiTest {

  private static final Actor READER =
      new Actor("aud-1", new AgencyId("segob"), Set.of(Role.COMMISSION_AUDITOR));
  private static final String READER_TOKEN = DevTokens.mint("aud-1", "segob", "COMMISSION_AUDITOR");
  private static final String OTHER_AUDITOR =
      DevTokens.mint("aud-2", "segob", "COMMISSION_AUDITOR");
  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String REVIEWER = DevTokens.mint("rev-1", "segob", "COMPLIANCE_REVIEWER");
  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final List<AgencyId> OWNERS =
      List.of(new AgencyId("fiscalia-quintana-roo"), new AgencyId("dif-benito-juarez"));

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private CaseAccessLog accessLog;
  private CommandApi api;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  @Test
  void anotherAuditor_reviewsOnce_theEventNamesPositionFindingAndAgencies_only() throws Exception {
    long read = breakGlassRead("REVIEW-ONCE-0001");

    ResponseEntity<String> reviewed = review(read, false, OTHER_AUDITOR);

    assertThat(status(reviewed)).as(reviewed.getBody()).isEqualTo(201);
    assertThat(json.readTree(reviewed.getBody()).path("justified").asBoolean()).isFalse();
    Map<String, Object> stored =
        jdbc.queryForMap(
            "SELECT payload_type, payload, meta_data FROM event_store.domain_event_entry"
                + " WHERE aggregate_identifier = ?",
            "break-glass-review:" + read);
    assertThat(stored.get("payload_type"))
        .isEqualTo("mx.bitacora.events.accessreview.BreakGlassReadReviewedEvent");
    JsonNode payload =
        json.readTree(new String((byte[]) stored.get("payload"), StandardCharsets.UTF_8));
    assertThat(payload.path("accessPosition").asLong()).isEqualTo(read);
    assertThat(payload.path("justified").asBoolean()).isFalse();
    assertThat(payload.path("owningAgencies").toString())
        .isEqualTo("[\"fiscalia-quintana-roo\",\"dif-benito-juarez\"]");
    assertThat(payload.size()).isEqualTo(3);
    assertThat(new String((byte[]) stored.get("meta_data"), StandardCharsets.UTF_8))
        .contains("aud-2");

    api.assertProblem(review(read, true, OTHER_AUDITOR), 409, "BREAK_GLASS_READ_ALREADY_REVIEWED");
    api.assertProblem(
        review(read, false, DevTokens.mint("aud-3", "segob", "COMMISSION_AUDITOR")),
        409,
        "BREAK_GLASS_READ_ALREADY_REVIEWED");
    assertThat(api.eventsOf("break-glass-review:" + read)).isEqualTo(1);
  }

  @Test
  void theReader_mayNotReviewTheirOwnRead_andNothingIsStored() throws Exception {
    long read = breakGlassRead("REVIEW-SELF-0001");

    api.assertProblem(review(read, true, READER_TOKEN), 403, "OWN_BREAK_GLASS_READ");

    assertThat(api.eventsOf("break-glass-review:" + read)).isZero();
    // Another auditor still may.
    assertThat(status(review(read, true, OTHER_AUDITOR))).isEqualTo(201);
  }

  @Test
  void staffReviewersAndAdministrators_mayNotReview() throws Exception {
    long read = breakGlassRead("REVIEW-ROLES-0001");

    for (String token : List.of(DIF_STAFF, REVIEWER, ADMIN)) {
      api.assertProblem(review(read, true, token), 403, "FORBIDDEN");
    }
    assertThat(api.eventsOf("break-glass-review:" + read)).isZero();
  }

  @Test
  void onlyBreakGlassEntriesAreReviewed_andAnUnknownPositionIsNotFound() throws Exception {
    accessLog.record(
        CaseAccess.allowed(
            new Actor("dif-1", new AgencyId("dif-benito-juarez"), Set.of(Role.AGENCY_STAFF)),
            "referral-victim-details",
            List.of(caseOf("REVIEW-PLAIN-0001")),
            Map.of()));
    long plain = lastPosition();

    api.assertProblem(review(plain, true, OTHER_AUDITOR), 422, "NOT_A_BREAK_GLASS_READ");
    api.assertProblem(review(plain + 1000, true, OTHER_AUDITOR), 404, "ACCESS_ENTRY_NOT_FOUND");
    assertThat(api.eventsOf("break-glass-review:" + plain)).isZero();
  }

  @Test
  void aNote_orAnyOtherFreeText_isNotPartOfAReview_andIsStoredNowhere() throws Exception {
    long read = breakGlassRead("REVIEW-NOTE-0001");

    ResponseEntity<String> withNote =
        api.post(
            "/break-glass-reviews",
            "{\"accessPosition\": %d, \"justified\": true, \"note\": \"la víctima dijo...\"}"
                .formatted(read),
            OTHER_AUDITOR);

    // Unknown fields are ignored, as everywhere in the API: the review is a yes or no.
    assertThat(status(withNote)).isEqualTo(201);
    assertThat(withNote.getBody()).doesNotContain("la víctima");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM event_store.domain_event_entry"
                    + " WHERE convert_from(payload, 'UTF8') LIKE '%la víctima dijo%'"
                    + " OR convert_from(meta_data, 'UTF8') LIKE '%la víctima dijo%'",
                Long.class))
        .isZero();
  }

  @Test
  void manyAuditorsAtOnce_exactlyOneReviewIsStored_theOthersAre409() throws Exception {
    long read = breakGlassRead("REVIEW-RACE-0001");
    int auditors = 6;
    ExecutorService clients = Executors.newFixedThreadPool(auditors);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < auditors; i++) {
        String token = DevTokens.mint("race-" + i, "segob", "COMMISSION_AUDITOR");
        boolean justified = i % 2 == 0;
        answers.add(
            clients.submit(
                () -> {
                  start.await();
                  return review(read, justified, token);
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get(30, TimeUnit.SECONDS);
        statuses.add(status(response));
        if (status(response) == 409) {
          assertThat(json.readTree(response.getBody()).path("code").asText())
              .isEqualTo("BREAK_GLASS_READ_ALREADY_REVIEWED");
        }
      }
      assertThat(statuses).containsOnly(201, 409);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    } finally {
      clients.shutdownNow();
    }
    assertThat(api.eventsOf("break-glass-review:" + read)).isEqualTo(1);
  }

  private ResponseEntity<String> review(long position, boolean justified, String token) {
    return api.post(
        "/break-glass-reviews",
        "{\"accessPosition\": %d, \"justified\": %s}".formatted(position, justified),
        token);
  }

  /** A commission auditor's break-glass read of a case, as the read paths record it. */
  private long breakGlassRead(String caseReference) {
    accessLog.record(
        CaseAccess.breakGlass(
            READER,
            "referral-victim-details",
            List.of(caseOf(caseReference)),
            Map.of("purpose", "LEGAL_PROCEEDINGS"),
            "Queja 12-2022"));
    return lastPosition();
  }

  private static CaseReached caseOf(String caseReference) {
    return new CaseReached(caseReference, OWNERS.get(0), OWNERS);
  }

  private long lastPosition() {
    return jdbc.queryForObject(
        "SELECT coalesce(max(position), 0) FROM integrity.access_log", Long.class);
  }
}
