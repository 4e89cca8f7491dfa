package mx.bitacora.query.reviews;

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
import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reviews API: who reads which review and which of its findings (reviewers and auditors all;
 * the staff of an agency a finding is addressed to that review with only their agency's findings;
 * other staff 404, as for an unknown review; administrators 403, as in the other views), each
 * finding's status today, the filters, and the status mapping.
 */
class ReviewsApiTest extends ApiTest {

  private final AgencyId dif = NetworkFacts.newAgency("dif");
  private final AgencyId fiscalia = NetworkFacts.newAgency("fiscalia");
  private final AgencyId inScopeOnly = NetworkFacts.newAgency("ong");
  private final AgencyId outsider = NetworkFacts.newAgency("inl");

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String reviewer = DevTokens.mint("reviewer-1", "segob", "COMPLIANCE_REVIEWER");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  private final ReviewId open = newReview();
  private final ReviewId closed = newReview();
  private final FindingId overdue = newFinding();
  private final FindingId answeredOne = newFinding();
  private final FindingId escalatedOne = newFinding();
  private final FindingId acceptedOne = newFinding();
  private final FindingId awaiting = newFinding();

  @BeforeAll
  void recordTwoReviews() {
    log.append(opened(open, dif, fiscalia, inScopeOnly), byReviewer());
    log.append(recorded(open, overdue, dif, TODAY.minusDays(1)), byReviewer());
    log.append(recorded(open, answeredOne, dif, TODAY.minusDays(1)), byReviewer());
    log.append(answered(open, answeredOne, dif), byStaffOf(dif));
    log.append(recorded(open, escalatedOne, fiscalia, TODAY.minusDays(2)), byReviewer());
    log.append(escalated(open, escalatedOne, fiscalia, TODAY.minusDays(2)), byThePlatform());
    log.append(recorded(open, acceptedOne, fiscalia, TODAY), byReviewer());
    log.append(answered(open, acceptedOne, fiscalia), byStaffOf(fiscalia));
    log.append(accepted(open, acceptedOne, fiscalia), byReviewer());

    log.append(opened(closed, fiscalia), byReviewer());
    log.append(recorded(closed, awaiting, fiscalia, TODAY), byReviewer());
    log.append(concluded(closed), byReviewer());

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              assertThat(detail(open, reviewer).at("/review/findings/accepted").asInt()).isOne();
              assertThat(detail(closed, reviewer).at("/review/status").asText())
                  .isEqualTo("CONCLUDED");
            });
  }

  @Test
  void reviewersAndAuditors_readEveryFinding_withItsStatusToday() {
    for (String token : List.of(reviewer, auditor)) {
      JsonNode review = detail(open, token);
      assertThat(review.at("/review/status").asText()).isEqualTo("OPEN");
      assertThat(review.at("/review/title").asText()).isEqualTo("Revisión de entregas 2022");
      assertThat(review.at("/review/scope/agencies")).hasSize(3);
      assertThat(review.get("criteria")).hasSize(2);
      assertThat(review.get("openedPosition").asLong()).isPositive();
      Map<String, JsonNode> findings = byId(review);
      assertThat(findings).hasSize(4);
      assertThat(findings.get(overdue.toString()).get("status").asText()).isEqualTo("OVERDUE");
      assertThat(findings.get(answeredOne.toString()).get("status").asText()).isEqualTo("ANSWERED");
      JsonNode escalation = findings.get(escalatedOne.toString());
      assertThat(escalation.get("status").asText()).isEqualTo("OVERDUE");
      assertThat(escalation.get("escalated").asBoolean()).isTrue();
      assertThat(escalation.get("escalatedPosition").asLong()).isPositive();
      assertThat(findings.get(acceptedOne.toString()).get("status").asText()).isEqualTo("ACCEPTED");
      assertThat(findings.get(acceptedOne.toString()).get("escalated").asBoolean()).isFalse();
      assertThat(findings.get(overdue.toString()).get("statement").asText()).isEqualTo(STATEMENT);
      assertThat(findings.get(overdue.toString()).get("evidencePositions")).hasSize(2);
      JsonNode counts = review.at("/review/findings");
      assertThat(counts.get("total").asInt()).isEqualTo(4);
      assertThat(counts.get("overdue").asInt()).isEqualTo(2);
      assertThat(counts.get("answered").asInt()).isEqualTo(1);
      assertThat(counts.get("accepted").asInt()).isEqualTo(1);
      assertThat(counts.get("awaitingResponse").asInt()).isZero();
      assertThat(counts.get("escalated").asInt()).isEqualTo(1);

      JsonNode waiting = byId(detail(closed, token)).get(awaiting.toString());
      assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_RESPONSE");
    }
  }

  @Test
  void agencyStaff_readOnlyTheReviewsWithAFindingForTheirAgency_andOnlyThoseFindings() {
    JsonNode difView = detail(open, staffOf(dif));
    assertThat(byId(difView).keySet())
        .containsExactlyInAnyOrder(overdue.toString(), answeredOne.toString());
    assertThat(difView.at("/review/findings/total").asInt()).isEqualTo(2);
    assertThat(difView.at("/review/findings/escalated").asInt()).isZero();
    assertThat(difView.at("/review/scope/agencies")).hasSize(3);
    assertThat(difView.toString())
        .doesNotContain(escalatedOne.toString())
        .doesNotContain(acceptedOne.toString());

    JsonNode fiscaliaView = detail(open, staffOf(fiscalia));
    assertThat(byId(fiscaliaView).keySet())
        .containsExactlyInAnyOrder(escalatedOne.toString(), acceptedOne.toString());
    assertThat(fiscaliaView.toString()).doesNotContain(overdue.toString());
    assertThat(byId(detail(closed, staffOf(fiscalia))).keySet())
        .containsExactly(awaiting.toString());

    assertThat(ids(list("", staffOf(dif)))).containsExactly(open.toString());
    assertThat(ids(list("", staffOf(fiscalia))))
        .containsExactlyInAnyOrder(open.toString(), closed.toString());
    assertThat(list("", staffOf(dif)).at("/reviews/0/findings/total").asInt()).isEqualTo(2);
  }

  @Test
  void otherStaff_get404AsForAnUnknownReview_andAnEmptyList_administrators403() {
    for (AgencyId agency : List.of(inScopeOnly, outsider)) {
      Answer notYours = api.get("/reviews/" + open, staffOf(agency));
      Answer unknown = api.get("/reviews/" + newReview(), staffOf(agency));
      assertProblem(notYours, 404, "REVIEW_NOT_FOUND");
      assertProblem(unknown, 404, "REVIEW_NOT_FOUND");
      assertThat(notYours.body().get("title")).isEqualTo(unknown.body().get("title"));
      assertThat(notYours.body().get("detail")).isEqualTo(unknown.body().get("detail"));
      assertThat(ids(list("", staffOf(agency)))).isEmpty();
    }
    assertProblem(api.get("/reviews/" + closed, staffOf(dif)), 404, "REVIEW_NOT_FOUND");
    assertProblem(api.get("/reviews/" + open, admin), 403, "FORBIDDEN");
    assertProblem(api.get("/reviews", admin), 403, "FORBIDDEN");
    assertThat(api.get("/reviews", null).status()).isEqualTo(401);
    assertThat(api.get("/reviews/" + newReview(), reviewer, "en").body().get("title").asText())
        .isEqualTo("Review not found");
    assertThat(api.get("/reviews/" + newReview(), reviewer).body().get("title").asText())
        .isEqualTo("Revisión no encontrada");
  }

  @Test
  void theFilters_statusAndAnAgencyOfTheScope() {
    assertThat(ids(list("?agency=" + inScopeOnly.value(), reviewer)))
        .containsExactly(open.toString());
    assertThat(ids(list("?agency=" + fiscalia.value() + "&status=CONCLUDED", auditor)))
        .containsExactly(closed.toString());
    JsonNode page = list("?agency=" + fiscalia.value() + "&status=OPEN&size=1", auditor);
    assertThat(ids(page)).containsExactly(open.toString());
    assertThat(page.get("status").asText()).isEqualTo("OPEN");
    assertThat(page.get("agency").asText()).isEqualTo(fiscalia.value());
    assertThat(page.get("totalElements").asInt()).isOne();
    assertThat(ids(list("?agency=" + outsider.value(), reviewer))).isEmpty();
    assertThat(ids(list("?agency=" + fiscalia.value(), staffOf(dif))))
        .containsExactly(open.toString());
  }

  @Test
  void theConcernedAgencysInbox_namesItsFindingsAndTheirDueDates_neverWhatTheySay() {
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> assertThat(api.get("/inbox", staffOf(dif)).body().get("items")).hasSize(2));
    JsonNode inbox = api.get("/inbox", staffOf(dif)).body();
    List<String> findings = new ArrayList<>();
    for (JsonNode item : inbox.get("items")) {
      assertThat(item.get("kind").asText()).isEqualTo("FINDING_RECEIVED");
      assertThat(item.get("reviewId").asText()).isEqualTo(open.toString());
      assertThat(item.get("dueOn").asText()).isEqualTo(TODAY.minusDays(1).toString());
      assertThat(item.get("referralId").isNull()).isTrue();
      findings.add(item.get("findingId").asText());
    }
    assertThat(findings).containsExactlyInAnyOrder(overdue.toString(), answeredOne.toString());
    assertThat(inbox.toString()).doesNotContain("CANARIO");
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> assertThat(api.get("/inbox", staffOf(fiscalia)).body().get("items")).hasSize(4));
    assertThat(api.get("/inbox", staffOf(fiscalia)).body().toString())
        .contains("FINDING_ESCALATED")
        .doesNotContain("CANARIO");
  }

  @Test
  void malformedParameters_are400() {
    for (String query :
        List.of("?status=CLOSED", "?size=0", "?size=101", "?page=-1", "?agency=No%20Slug")) {
      assertThat(api.get("/reviews" + query, reviewer).status()).as(query).isEqualTo(400);
    }
    Answer badId = api.get("/reviews/not-a-uuid", reviewer);
    assertThat(badId.status()).isEqualTo(400);
    assertThat(badId.contentType()).startsWith("application/problem+json");
    assertThat(badId.body().get("code").asText()).isNotBlank();
  }

  // helpers

  private JsonNode detail(ReviewId review, String token) {
    Answer answer = api.get("/reviews/" + review, token);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    return answer.body();
  }

  private JsonNode list(String query, String token) {
    Answer answer = api.get("/reviews" + query, token);
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    return answer.body();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("reviews").forEach(review -> ids.add(review.get("reviewId").asText()));
    return ids;
  }

  private static Map<String, JsonNode> byId(JsonNode review) {
    Map<String, JsonNode> findings = new HashMap<>();
    review.get("findings").forEach(f -> findings.put(f.get("findingId").asText(), f));
    return findings;
  }

  private static String staffOf(AgencyId agency) {
    return DevTokens.mint("staff-of-" + agency.value(), agency.value(), "AGENCY_STAFF");
  }
}
