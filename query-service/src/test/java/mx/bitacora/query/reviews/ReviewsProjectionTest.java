package mx.bitacora.query.reviews;

import static mx.bitacora.query.reviews.TestReviews.ACTION;
import static mx.bitacora.query.reviews.TestReviews.REASON;
import static mx.bitacora.query.reviews.TestReviews.RECOMMENDATION;
import static mx.bitacora.query.reviews.TestReviews.RESPONSE;
import static mx.bitacora.query.reviews.TestReviews.STATEMENT;
import static mx.bitacora.query.reviews.TestReviews.TODAY;
import static mx.bitacora.query.reviews.TestReviews.accepted;
import static mx.bitacora.query.reviews.TestReviews.answered;
import static mx.bitacora.query.reviews.TestReviews.byReviewer;
import static mx.bitacora.query.reviews.TestReviews.byThePlatform;
import static mx.bitacora.query.reviews.TestReviews.concluded;
import static mx.bitacora.query.reviews.TestReviews.escalated;
import static mx.bitacora.query.reviews.TestReviews.newFinding;
import static mx.bitacora.query.reviews.TestReviews.newReview;
import static mx.bitacora.query.reviews.TestReviews.opened;
import static mx.bitacora.query.reviews.TestReviews.recorded;
import static mx.bitacora.query.reviews.TestReviews.reopened;
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The reviews projection: each review and finding with every part and the positions of the events
 * that set it; a replay changes nothing; a finding committed after later events, and concurrent
 * writers, are each applied once; and neither a finding's text nor an answer's reaches any inbox
 * notice or audit-trail row.
 */
@OwnContext
class ReviewsProjectionTest extends ProjectionTest {

  @Autowired
  @Qualifier("eventSerializer")
  private Serializer serializer;

  @Autowired private EventStore eventStore;

  @Test
  void aReviewAndItsFindings_areProjected_eachPartWithThePositionOfItsEvent() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    AgencyId fiscalia = NetworkFacts.newAgency("fiscalia");
    ReviewId review = newReview();
    FindingId settled = newFinding();
    FindingId unanswered = newFinding();
    LocalDate due = TODAY.minusDays(3);

    String openedId = log.append(opened(review, dif, fiscalia), byReviewer());
    String recordedId = log.append(recorded(review, settled, dif, due), byReviewer());
    log.append(recorded(review, unanswered, fiscalia, due), byReviewer());
    log.append(answered(review, settled, dif), byStaffOf(dif));
    String reopenedId = log.append(reopened(review, settled, dif, TODAY.plusDays(5)), byReviewer());
    String answeredId = log.append(answered(review, settled, dif), byStaffOf(dif));
    String acceptedId = log.append(accepted(review, settled, dif), byReviewer());
    String escalatedId = log.append(escalated(review, unanswered, fiscalia, due), byThePlatform());
    String concludedId = log.append(concluded(review), byReviewer());

    await().atMost(LAG).until(() -> isConcluded(review));

    Map<String, Object> row = reviewRow(review);
    assertThat(row.get("title")).isEqualTo("Revisión de entregas 2022");
    assertThat(row.get("scope_from")).hasToString("2022-01-01");
    assertThat(row.get("conclusion")).isEqualTo("Se cumplió en lo general");
    assertThat(row.get("opened_position")).isEqualTo(positionOf(openedId));
    assertThat(row.get("concluded_position")).isEqualTo(positionOf(concludedId));
    assertThat(
            jdbc.queryForList(
                "SELECT code FROM read_model.review_criterion WHERE review_id = ? ORDER BY ordinal",
                String.class,
                review.value()))
        .containsExactly("ENTREGAS", "CAPACITACION");

    Map<String, Object> finding = findingRow(review, settled);
    assertThat(finding.get("stage")).isEqualTo("ACCEPTED");
    assertThat(finding.get("concerned_agency")).isEqualTo(dif.value());
    assertThat(finding.get("severity")).isEqualTo("HIGH");
    assertThat(finding.get("statement")).isEqualTo(STATEMENT);
    assertThat(finding.get("recommendation")).isEqualTo(RECOMMENDATION);
    assertThat(finding.get("response")).isEqualTo(RESPONSE);
    assertThat(finding.get("corrective_action")).isEqualTo(ACTION);
    assertThat(finding.get("corrective_action_due_on")).hasToString(TODAY.plusDays(30).toString());
    assertThat(finding.get("reopenings")).isEqualTo(1);
    assertThat(finding.get("last_reopen_reason")).isEqualTo(REASON);
    assertThat(finding.get("response_due_on")).hasToString(TODAY.plusDays(5).toString());
    assertThat(finding.get("recorded_position")).isEqualTo(positionOf(recordedId));
    assertThat(finding.get("reopened_position")).isEqualTo(positionOf(reopenedId));
    assertThat(finding.get("answered_position")).isEqualTo(positionOf(answeredId));
    assertThat(finding.get("accepted_position")).isEqualTo(positionOf(acceptedId));
    assertThat(finding.get("escalated_at")).isNull();
    assertThat(String.valueOf(finding.get("evidence_positions"))).isEqualTo("{3,5}");

    Map<String, Object> waiting = findingRow(review, unanswered);
    assertThat(waiting.get("stage")).isEqualTo("AWAITING_RESPONSE");
    assertThat(waiting.get("escalated_position")).isEqualTo(positionOf(escalatedId));
    assertThat(((Timestamp) waiting.get("escalated_at")).toInstant())
        .isEqualTo(due.plusDays(1).atStartOfDay(TestReviews.NETWORK).toInstant());
  }

  @Test
  void aReplay_changesNothing() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ReviewId review = newReview();
    FindingId finding = newFinding();
    log.append(opened(review, dif), byReviewer());
    log.append(recorded(review, finding, dif, TODAY), byReviewer());
    log.append(answered(review, finding, dif), byStaffOf(dif));
    log.append(reopened(review, finding, dif, TODAY.plusDays(3)), byReviewer());
    log.append(answered(review, finding, dif), byStaffOf(dif));
    log.append(reopened(review, finding, dif, TODAY.plusDays(6)), byReviewer());
    log.append(concluded(review), byReviewer());
    await().atMost(LAG).until(() -> isConcluded(review));
    List<Map<String, Object>> reviews = all("review", "review_id");
    List<Map<String, Object>> criteria = all("review_criterion", "review_id, ordinal");
    List<Map<String, Object>> findings = all("review_finding", "review_id, finding_id");
    assertThat(findingRow(review, finding).get("reopenings")).isEqualTo(2);

    ReviewId marker = newReview();
    replayFromTheStart(
        ProcessingGroups.REVIEWS, () -> log.append(opened(marker, dif), byReviewer()));
    await().atMost(LAG).until(() -> reviewRow(marker) != null);

    assertThat(without(all("review", "review_id"), marker)).isEqualTo(reviews);
    assertThat(without(all("review_criterion", "review_id, ordinal"), marker)).isEqualTo(criteria);
    assertThat(all("review_finding", "review_id, finding_id")).isEqualTo(findings);
  }

  @Test
  void aFindingCommittedAfterLaterEvents_isProjected_andItsReviewGoesOn() throws Exception {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ReviewId late = newReview();
    ReviewId other = newReview();
    FindingId lateFinding = newFinding();
    FindingId otherFinding = newFinding();
    log.append(opened(late, dif), byReviewer());
    await().atMost(LAG).until(() -> reviewRow(late) != null);

    long latePosition;
    try (Connection connection = newConnection()) {
      connection.setAutoCommit(false);
      latePosition =
          LateCommits.appendWithoutCommitting(
              connection,
              serializer,
              "Review",
              NetworkEventLog.streamIdOf(recorded(late, lateFinding, dif, TODAY)),
              UUID.randomUUID().toString(),
              1,
              recorded(late, lateFinding, dif, TODAY),
              byReviewer());
      log.append(opened(other, dif), byReviewer());
      log.append(recorded(other, otherFinding, dif, TODAY), byReviewer());
      await().atMost(LAG).until(() -> findingRow(other, otherFinding) != null);
      connection.commit();
    }
    await().atMost(LAG).until(() -> findingRow(late, lateFinding) != null);
    assertThat(findingRow(late, lateFinding).get("recorded_position")).isEqualTo(latePosition);

    // the late finding's review takes its next event as any other
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "Review",
            "review:" + late,
            2,
            answered(late, lateFinding, dif),
            byStaffOf(dif),
            UUID.randomUUID().toString(),
            Instant.now()));
    await().atMost(LAG).until(() -> findingRow(late, lateFinding).get("stage").equals("ANSWERED"));
    // and the agency's inbox holds a notice for each finding
    await()
        .atMost(LAG)
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM read_model.inbox_item WHERE agency_id = ?"
                            + " AND kind = 'FINDING_RECEIVED'",
                        Integer.class,
                        dif.value())
                    == 2);
  }

  @Test
  void concurrentWriters_eachFindingAndReopeningCountsOnce() throws Exception {
    AgencyId dif = NetworkFacts.newAgency("dif");
    List<ReviewId> reviews = new ArrayList<>();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      ReviewId review = newReview();
      reviews.add(review);
      done.add(
          writers.submit(
              () -> {
                log.append(opened(review, dif), byReviewer());
                for (int f = 0; f < 5; f++) {
                  FindingId finding = newFinding();
                  log.append(recorded(review, finding, dif, TODAY), byReviewer());
                  log.append(answered(review, finding, dif), byStaffOf(dif));
                  log.append(reopened(review, finding, dif, TODAY.plusDays(2)), byReviewer());
                  log.append(answered(review, finding, dif), byStaffOf(dif));
                  log.append(reopened(review, finding, dif, TODAY.plusDays(4)), byReviewer());
                }
                return null;
              }));
    }
    for (Future<?> writer : done) {
      writer.get();
    }
    writers.shutdown();
    for (ReviewId review : reviews) {
      await()
          .atMost(LAG)
          .until(
              () ->
                  jdbc.queryForObject(
                          "SELECT count(*) FROM read_model.review_finding WHERE review_id = ?"
                              + " AND reopenings = 2 AND stage = 'AWAITING_RESPONSE'",
                          Integer.class,
                          review.value())
                      == 5);
    }
    // a notice per finding and per reopening, each once
    await()
        .atMost(LAG)
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM read_model.inbox_item WHERE agency_id = ?",
                        Integer.class,
                        dif.value())
                    == 4 * 5 * 3);
  }

  @Test
  void theTextsOfAFindingAndOfItsAnswers_appearInNoInboxNotice_andNoAuditTrailRow() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ReviewId review = newReview();
    FindingId finding = newFinding();
    List<String> events = new ArrayList<>();
    events.add(log.append(opened(review, dif), byReviewer()));
    events.add(log.append(recorded(review, finding, dif, TODAY.minusDays(1)), byReviewer()));
    events.add(log.append(escalated(review, finding, dif, TODAY.minusDays(1)), byThePlatform()));
    events.add(log.append(answered(review, finding, dif), byStaffOf(dif)));
    events.add(log.append(reopened(review, finding, dif, TODAY.plusDays(3)), byReviewer()));
    events.add(log.append(answered(review, finding, dif), byStaffOf(dif)));
    events.add(log.append(accepted(review, finding, dif), byReviewer()));
    events.add(log.append(concluded(review), byReviewer()));
    await()
        .atMost(LAG)
        .until(
            () ->
                jdbc.queryForObject(
                            "SELECT count(*) FROM read_model.audit_trail WHERE aggregate_id = ?",
                            Integer.class,
                            "review:" + review)
                        == events.size()
                    && jdbc.queryForObject(
                            "SELECT count(*) FROM read_model.inbox_item WHERE review_id = ?",
                            Integer.class,
                            review.value())
                        == 3);
    assertThat(reviewRow(review)).isNotNull();

    String everything =
        String.valueOf(all("inbox_item", "item_id"))
            + all("audit_trail", "position")
            + jdbc.queryForList("SELECT * FROM read_model.inbox_mail");
    for (String canary : List.of(STATEMENT, RECOMMENDATION, RESPONSE, ACTION, REASON)) {
      assertThat(everything).doesNotContain(canary);
      assertThat(everything).doesNotContain(canary.substring(0, canary.indexOf(' ')));
    }
  }

  private boolean isConcluded(ReviewId review) {
    Map<String, Object> row = reviewRow(review);
    return row != null && Boolean.TRUE.equals(row.get("concluded"));
  }

  private Map<String, Object> reviewRow(ReviewId review) {
    return rowWhere("review", "review_id", review.value());
  }

  private Map<String, Object> findingRow(ReviewId review, FindingId finding) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT * FROM read_model.review_finding WHERE review_id = ? AND finding_id = ?",
            review.value(),
            finding.value());
    return rows.isEmpty() ? null : rows.get(0);
  }

  private long positionOf(String eventId) {
    return jdbc.queryForObject(
        "SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?",
        Long.class,
        eventId);
  }

  private static List<Map<String, Object>> without(
      List<Map<String, Object>> rows, ReviewId review) {
    return rows.stream().filter(row -> !review.value().equals(row.get("review_id"))).toList();
  }
}
