package mx.bitacora.query.inbox;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.escalated;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.inbox.InboxItemReadEvent;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.ConsentWithdrawnEvent;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.query.reviews.TestReviews;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The inbox projection: one notice per referral event and agency it is for, of the right kind, with
 * the other agency, urgency and times, never a case reference or victim datum; reads joined whether
 * applied before or after their notice; a replay and concurrent appends double nothing.
 */
@OwnContext
class InboxProjectionTest extends ProjectionTest {

  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");

  @Autowired
  @Qualifier("eventSerializer")
  private Serializer serializer;

  @Test
  void eachReferralEvent_isANotice_ofItsKind_forTheAgencyItConcerns() {
    ReferralId accepted = new ReferralId(UUID.randomUUID());
    ReferralIssuedEvent issue = issued(accepted, FISCALIA, DIF, Urgency.EMERGENCY);
    String issuedId = log.append(issue, byStaffOf(FISCALIA));
    String acceptedId = log.append(new ReferralAcceptedEvent(accepted), byStaffOf(DIF));
    String closedId =
        log.append(
            new ReferralClosedEvent(
                accepted, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED),
            byStaffOf(DIF));
    Instant ranOut = Instant.parse("2022-10-22T15:00:00Z");
    String escalatedId = log.append(escalated(issue, ranOut), Map.of());
    String consentId =
        log.append(
            new ConsentWithdrawnEvent(accepted, LocalDate.of(2022, 10, 23)), byStaffOf(FISCALIA));

    ReferralId declined = new ReferralId(UUID.randomUUID());
    log.append(issued(declined, DIF, UNODC), byStaffOf(DIF));
    String declinedId =
        log.append(
            new ReferralDeclinedEvent(declined, DeclineReason.NO_CAPACITY), byStaffOf(UNODC));
    ReferralId withdrawn = new ReferralId(UUID.randomUUID());
    log.append(issued(withdrawn, FISCALIA, UNODC), byStaffOf(FISCALIA));
    String withdrawnId = log.append(new ReferralWithdrawnEvent(withdrawn), byStaffOf(FISCALIA));

    await()
        .atMost(LAG)
        .until(
            () ->
                noticesOf(accepted).size() == 6
                    && noticesOf(declined).size() == 2
                    && noticesOf(withdrawn).size() == 2);

    List<Map<String, Object>> notices = new ArrayList<>(noticesOf(accepted));
    notices.addAll(noticesOf(declined));
    notices.addAll(noticesOf(withdrawn));
    assertThat(notices)
        .extracting(row -> row.get("agency_id") + " " + row.get("kind") + " " + row.get("item_id"))
        .containsExactlyInAnyOrder(
            "dif-benito-juarez REFERRAL_RECEIVED " + issuedId,
            "fiscalia-quintana-roo REFERRAL_ACCEPTED " + acceptedId,
            "fiscalia-quintana-roo REFERRAL_CLOSED " + closedId,
            "fiscalia-quintana-roo REFERRAL_ESCALATED " + escalatedId,
            "dif-benito-juarez REFERRAL_ESCALATED " + escalatedId,
            "dif-benito-juarez CONSENT_WITHDRAWN " + consentId,
            "unodc-mexico REFERRAL_RECEIVED " + notice(declined, UNODC),
            "dif-benito-juarez REFERRAL_DECLINED " + declinedId,
            "unodc-mexico REFERRAL_RECEIVED " + notice(withdrawn, UNODC),
            "unodc-mexico REFERRAL_WITHDRAWN " + withdrawnId);
    Map<String, Object> escalation = noticeOf(FISCALIA, escalatedId);
    assertThat(escalation.get("other_agency")).isEqualTo("dif-benito-juarez");
    assertThat(escalation.get("urgency")).isEqualTo("EMERGENCY");
    assertThat(escalation.get("business_time")).isEqualTo("2022-10-22T15:00:00Z");
    assertThat(noticeOf(DIF, escalatedId).get("other_agency")).isEqualTo("fiscalia-quintana-roo");
    assertThat(noticeOf(DIF, consentId).get("business_time")).isEqualTo("2022-10-23");
    assertThat(noticeOf(DIF, issuedId).get("business_time")).isNull();
    assertThat(noticeOf(DIF, issuedId).get("global_position")).isNotNull();

    // No case reference, no sealed victim detail, in any row of the inbox's tables.
    String everything =
        String.valueOf(all("inbox_item", "item_id"))
            + all("inbox_referral", "referral_id")
            + all("inbox_item_read", "item_id");
    assertThat(everything)
        .doesNotContain(issue.caseReference().value(), issue.victimDetails().ciphertext());
  }

  @Test
  void aFindingRecordedReopenedOrEscalated_isANotice_forTheAgencyConcerned_neverItsText() {
    AgencyId concerned = NetworkFacts.newAgency("dif");
    ReviewId review = TestReviews.newReview();
    FindingId finding = TestReviews.newFinding();
    LocalDate due = TestReviews.TODAY.minusDays(1);
    log.append(TestReviews.opened(review, concerned, FISCALIA), TestReviews.byReviewer());
    String recordedId =
        log.append(TestReviews.recorded(review, finding, concerned, due), TestReviews.byReviewer());
    String escalatedId =
        log.append(
            TestReviews.escalated(review, finding, concerned, due), TestReviews.byThePlatform());
    log.append(TestReviews.answered(review, finding, concerned), byStaffOf(concerned));
    String reopenedId =
        log.append(
            TestReviews.reopened(review, finding, concerned, due.plusDays(9)),
            TestReviews.byReviewer());
    log.append(TestReviews.answered(review, finding, concerned), byStaffOf(concerned));
    log.append(TestReviews.accepted(review, finding, concerned), TestReviews.byReviewer());
    log.append(TestReviews.concluded(review), TestReviews.byReviewer());
    await().atMost(LAG).until(() -> noticesOf(review).size() == 3);

    assertThat(noticesOf(review))
        .extracting(row -> row.get("agency_id") + " " + row.get("kind") + " " + row.get("item_id"))
        .containsExactlyInAnyOrder(
            concerned.value() + " FINDING_RECEIVED " + recordedId,
            concerned.value() + " FINDING_ESCALATED " + escalatedId,
            concerned.value() + " FINDING_REOPENED " + reopenedId);
    Map<String, Object> received = noticeOf(concerned, recordedId);
    assertThat(received.get("finding_id")).isEqualTo(finding.value());
    assertThat(received.get("due_on")).hasToString(due.toString());
    assertThat(received.get("referral_id")).isNull();
    assertThat(received.get("other_agency")).isNull();
    assertThat(noticeOf(concerned, reopenedId).get("due_on"))
        .hasToString(due.plusDays(9).toString());
    assertThat(noticeOf(concerned, escalatedId).get("business_time"))
        .isEqualTo(due.plusDays(1).atStartOfDay(TestReviews.NETWORK).toInstant().toString());
    String everything = String.valueOf(noticesOf(review));
    for (String text :
        List.of(
            TestReviews.STATEMENT,
            TestReviews.RECOMMENDATION,
            TestReviews.RESPONSE,
            TestReviews.ACTION,
            TestReviews.REASON)) {
      assertThat(everything).doesNotContain(text);
    }

    // a replay doubles nothing
    List<Map<String, Object>> before = noticesOf(review);
    ReferralId marker = new ReferralId(UUID.randomUUID());
    replayFromTheStart(
        ProcessingGroups.INBOX, () -> log.append(issued(marker, UNODC, DIF), byStaffOf(UNODC)));
    await().atMost(LAG).until(() -> !noticesOf(marker).isEmpty());
    assertThat(noticesOf(review)).isEqualTo(before);
  }

  @Test
  void aRead_isJoinedToItsNotice_evenWhenApplied_beforeTheNoticeCommits() throws Exception {
    ReferralId referral = new ReferralId(UUID.randomUUID());
    UUID noticeId = UUID.randomUUID();
    try (Connection late = newConnection()) {
      late.setAutoCommit(false);
      // The issue takes its position first but commits after the read that names it.
      LateCommits.appendWithoutCommitting(
          late,
          serializer,
          "Referral",
          referral.toString(),
          noticeId.toString(),
          issued(referral, FISCALIA, DIF),
          byStaffOf(FISCALIA));
      log.append(new InboxItemReadEvent(DIF, noticeId), byStaffOf(DIF));
      await().atMost(LAG).until(() -> rowWhere("inbox_item_read", "item_id", noticeId) != null);
      late.commit();
    }

    await().atMost(LAG).until(() -> rowWhere("inbox_item", "item_id", noticeId) != null);
    Map<String, Object> read = rowWhere("inbox_item_read", "item_id", noticeId);
    assertThat(read.get("agency_id")).isEqualTo("dif-benito-juarez");
    assertThat(read.get("read_by")).isEqualTo("staff-of-dif-benito-juarez");
    assertThat(read.get("read_at")).isNotNull();
    // A second read (another staff member's request recorded anyway) leaves the first standing.
    log.append(
        new InboxItemReadEvent(DIF, noticeId),
        mx.bitacora.query.testing.AggregateEventLog.origin(
            "someone-else", DIF, "req-" + UUID.randomUUID(), "AGENCY_STAFF"));
    ReferralId marker = new ReferralId(UUID.randomUUID());
    log.append(issued(marker, FISCALIA, DIF), byStaffOf(FISCALIA));
    await().atMost(LAG).until(() -> !noticesOf(marker).isEmpty());
    assertThat(rowWhere("inbox_item_read", "item_id", noticeId)).isEqualTo(read);
  }

  @Test
  void aReplay_restoresWhatWasLost_andDoublesNothing() {
    ReferralId referral = new ReferralId(UUID.randomUUID());
    ReferralIssuedEvent issue = issued(referral, UNODC, FISCALIA);
    String issuedId = log.append(issue, byStaffOf(UNODC));
    log.append(escalated(issue, Instant.parse("2022-10-22T15:00:00Z")), Map.of());
    log.append(new InboxItemReadEvent(FISCALIA, UUID.fromString(issuedId)), byStaffOf(FISCALIA));
    await()
        .atMost(LAG)
        .until(
            () ->
                noticesOf(referral).size() == 3
                    && rowWhere("inbox_item_read", "item_id", UUID.fromString(issuedId)) != null);
    List<Map<String, Object>> before = noticesOf(referral);
    Map<String, Object> readBefore =
        rowWhere("inbox_item_read", "item_id", UUID.fromString(issuedId));
    jdbc.update("DELETE FROM read_model.inbox_item WHERE item_id = ?", UUID.fromString(issuedId));
    jdbc.update(
        "DELETE FROM read_model.inbox_item_read WHERE item_id = ?", UUID.fromString(issuedId));

    ReferralId marker = new ReferralId(UUID.randomUUID());
    replayFromTheStart(
        ProcessingGroups.INBOX, () -> log.append(issued(marker, UNODC, DIF), byStaffOf(UNODC)));
    await().atMost(LAG).until(() -> !noticesOf(marker).isEmpty());

    assertThat(noticesOf(referral)).isEqualTo(before);
    assertThat(rowWhere("inbox_item_read", "item_id", UUID.fromString(issuedId)))
        .isEqualTo(readBefore);
  }

  @Test
  void concurrentWriters_eachNoticeOnce() throws Exception {
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<ReferralId> referrals = new ArrayList<>();
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        ReferralId referral = new ReferralId(UUID.randomUUID());
        referrals.add(referral);
        done.add(
            writers.submit(
                () -> {
                  log.append(issued(referral, FISCALIA, UNODC), byStaffOf(FISCALIA));
                  log.append(new ReferralAcceptedEvent(referral), byStaffOf(UNODC));
                }));
      }
      for (Future<?> each : done) {
        each.get(30, TimeUnit.SECONDS);
      }
    } finally {
      writers.shutdown();
    }
    await()
        .atMost(LAG)
        .until(() -> referrals.stream().allMatch(referral -> noticesOf(referral).size() == 2));
    for (ReferralId referral : referrals) {
      assertThat(noticesOf(referral))
          .extracting(row -> row.get("agency_id") + " " + row.get("kind"))
          .containsExactlyInAnyOrder(
              "unodc-mexico REFERRAL_RECEIVED", "fiscalia-quintana-roo REFERRAL_ACCEPTED");
    }
  }

  private List<Map<String, Object>> noticesOf(ReferralId referral) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.inbox_item WHERE referral_id = ? ORDER BY agency_id, item_id",
        referral.value());
  }

  private List<Map<String, Object>> noticesOf(ReviewId review) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.inbox_item WHERE review_id = ? ORDER BY agency_id, item_id",
        review.value());
  }

  private Map<String, Object> noticeOf(AgencyId agency, String itemId) {
    return jdbc.queryForMap(
        "SELECT * FROM read_model.inbox_item WHERE agency_id = ? AND item_id = ?",
        agency.value(),
        UUID.fromString(itemId));
  }

  private String notice(ReferralId referral, AgencyId agency) {
    return jdbc.queryForObject(
        "SELECT item_id::text FROM read_model.inbox_item WHERE referral_id = ? AND agency_id = ?"
            + " AND kind = 'REFERRAL_RECEIVED'",
        String.class,
        referral.value(),
        agency.value());
  }
}
