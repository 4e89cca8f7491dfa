package mx.bitacora.query.referrals;

import static mx.bitacora.query.referrals.TestReferrals.SEALED_DETAILS;
import static mx.bitacora.query.referrals.TestReferrals.byDifStaff;
import static mx.bitacora.query.referrals.TestReferrals.byFiscaliaStaff;
import static mx.bitacora.query.referrals.TestReferrals.byThePlatform;
import static mx.bitacora.query.referrals.TestReferrals.escalated;
import static mx.bitacora.query.referrals.TestReferrals.issued;
import static mx.bitacora.query.referrals.TestReferrals.newCase;
import static mx.bitacora.query.referrals.TestReferrals.newReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ClosureReason;
import mx.bitacora.events.referral.DeclineReason;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralClosedEvent;
import mx.bitacora.events.referral.ReferralDeclinedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.ReferralOutcome;
import mx.bitacora.events.referral.ReferralStepKind;
import mx.bitacora.events.referral.ReferralStepVoidedEvent;
import mx.bitacora.events.referral.ReferralWithdrawnEvent;
import mx.bitacora.events.referral.ServiceRequested;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionReplay;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The referrals projection end to end: referral and case events appended to the event store, tailed
 * by the tracking processor into PostgreSQL, read back through the REST API.
 */
@OwnContext
class ReferralsProjectionTest extends QueryServiceTest {

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired EventProcessingConfiguration processing;
  @Autowired TokenStore tokenStore;
  @Autowired JdbcTemplate jdbc;

  @Autowired
  @Qualifier("eventSerializer")
  private Serializer serializer;

  private QueryApi api;
  private ReferralEventLog log;
  private final String difStaff =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");

  @BeforeEach
  void connect() {
    api = new QueryApi(port);
    log = new ReferralEventLog(eventStore);
  }

  @Test
  void anIssuedReferral_showsItsPartiesServiceConsentAndState_butNeverItsSealedDetails() {
    ReferralId referral = newReferral();
    CaseReference caseReference = newCase();
    log.append(issued(referral, caseReference, Urgency.EMERGENCY), byFiscaliaStaff("req-issue-01"));

    JsonNode detail = awaitDetail(referral, 1);

    assertThat(detail.get("referralId").asText()).isEqualTo(referral.toString());
    assertThat(detail.get("caseReference").asText()).isEqualTo(caseReference.value());
    assertThat(detail.get("issuingAgency").asText()).isEqualTo("fiscalia-quintana-roo");
    assertThat(detail.get("receivingAgency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(detail.get("receivingShelter").asText()).isEqualTo("cat-cancun");
    assertThat(detail.get("service").asText()).isEqualTo("SHELTER");
    assertThat(detail.get("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(detail.get("consent").get("givenOn").asText()).isEqualTo("2022-10-20");
    assertThat(detail.get("consent").get("scope").asText()).isEqualTo("REQUESTED_SERVICE_ONLY");
    assertThat(detail.get("state").asText()).isEqualTo("AWAITING_ANSWER");
    assertThat(detail.get("answeredAt").isNull()).isTrue();
    assertThat(detail.get("timeToAnswer").isNull()).isTrue();
    assertThat(detail.get("escalated").asBoolean()).isFalse();
    assertThat(detail.get("caseErased").asBoolean()).isFalse();
    assertThat(detail.has("victimDetails")).isFalse();
    JsonNode issue = detail.get("history").get(0);
    assertThat(issue.get("type").asText()).isEqualTo("ReferralIssuedEvent");
    assertThat(issue.get("actor").asText()).isEqualTo("fiscalia-staff-1");
    assertThat(issue.get("actorAgency").asText()).isEqualTo("fiscalia-quintana-roo");
    assertThat(issue.get("requestId").asText()).isEqualTo("req-issue-01");
    assertThat(issue.get("summary").get("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(issue.get("summary").has("caseReference")).isFalse();
    assertThat(issue.get("summary").has("victimDetails")).isFalse();
    assertThat(detail.toString()).doesNotContain(SEALED_DETAILS);
    assertThat(readModelAsText()).doesNotContain(SEALED_DETAILS);
  }

  @Test
  void acceptingThenClosing_recordsTheAnswerTimeAndTheOutcome_andTheHistoryListsEachStep() {
    ReferralId referral = newReferral();
    log.append(issued(referral, newCase(), Urgency.URGENT), byFiscaliaStaff("req-issue-02"));
    log.append(new ReferralAcceptedEvent(referral), byDifStaff("req-accept-02"));
    log.append(
        new ReferralClosedEvent(
            referral, ReferralOutcome.SUCCESSFUL, ClosureReason.SERVICE_PROVIDED),
        byDifStaff("req-close-02"));

    JsonNode detail = awaitDetail(referral, 3);

    assertThat(detail.get("state").asText()).isEqualTo("CLOSED");
    assertThat(detail.get("closureOutcome").asText()).isEqualTo("SUCCESSFUL");
    assertThat(detail.get("closureReason").asText()).isEqualTo("SERVICE_PROVIDED");
    Instant issuedAt = Instant.parse(detail.get("issuedAt").asText());
    Instant answeredAt = Instant.parse(detail.get("answeredAt").asText());
    JsonNode history = detail.get("history");
    assertThat(answeredAt).isEqualTo(Instant.parse(history.get(1).get("recordedAt").asText()));
    assertThat(Duration.parse(detail.get("timeToAnswer").asText()))
        .isEqualTo(Duration.between(issuedAt, answeredAt));
    assertThat(texts(history, "type"))
        .containsExactly("ReferralIssuedEvent", "ReferralAcceptedEvent", "ReferralClosedEvent");
    assertThat(texts(history, "sequenceNumber")).containsExactly("0", "1", "2");
    assertThat(texts(history, "requestId"))
        .containsExactly("req-issue-02", "req-accept-02", "req-close-02");
    assertThat(texts(history, "actorAgency"))
        .containsExactly("fiscalia-quintana-roo", "dif-benito-juarez", "dif-benito-juarez");
    assertThat(history.get(2).get("summary").get("outcome").asText()).isEqualTo("SUCCESSFUL");
    assertThat(history.get(1).get("correlationId").asText()).isEqualTo("corr-req-accept-02");
  }

  @Test
  void aVoidedDecline_returnsTheReferralToAwaitingAnAnswer_andItMayThenBeAccepted() {
    ReferralId referral = newReferral();
    log.append(issued(referral, newCase(), Urgency.ROUTINE), byFiscaliaStaff("req-issue-03"));
    log.append(
        new ReferralDeclinedEvent(referral, DeclineReason.NO_CAPACITY), byDifStaff("req-decl-03"));

    JsonNode declined = awaitDetail(referral, 2);
    assertThat(declined.get("state").asText()).isEqualTo("DECLINED");
    assertThat(declined.get("declineReason").asText()).isEqualTo("NO_CAPACITY");
    assertThat(declined.get("answeredAt").isNull()).isFalse();

    log.append(
        new ReferralStepVoidedEvent(
            referral,
            new CorrectedFact(UUID.randomUUID().toString(), 1),
            ReferralStepKind.DECLINE,
            "Sí había cupo"),
        byDifStaff("req-void-03"));

    JsonNode voided = awaitDetail(referral, 3);
    assertThat(voided.get("state").asText()).isEqualTo("AWAITING_ANSWER");
    assertThat(voided.get("declineReason").isNull()).isTrue();
    assertThat(voided.get("answeredAt").isNull()).isTrue();
    JsonNode voiding = voided.get("history").get(2);
    assertThat(voiding.get("type").asText()).isEqualTo("ReferralStepVoidedEvent");
    assertThat(voiding.get("summary").get("originalKind").asText()).isEqualTo("DECLINE");
    assertThat(voiding.get("summary").get("original").get("sequenceNumber").asLong()).isEqualTo(1);
    assertThat(voiding.get("summary").get("reason").asText()).isEqualTo("Sí había cupo");
    assertThat(voided.get("history").get(1).get("type").asText())
        .isEqualTo("ReferralDeclinedEvent");

    log.append(new ReferralAcceptedEvent(referral), byDifStaff("req-accept-03"));

    JsonNode accepted = awaitDetail(referral, 4);
    assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
    assertThat(Instant.parse(accepted.get("answeredAt").asText()))
        .isEqualTo(Instant.parse(accepted.get("history").get(3).get("recordedAt").asText()));
  }

  @Test
  void aVoidedAcceptanceOrWithdrawal_returnsTheReferralToAwaitingAnAnswer() {
    ReferralId acceptedThenVoided = newReferral();
    ReferralId withdrawnThenVoided = newReferral();
    log.append(issued(acceptedThenVoided, newCase(), Urgency.URGENT), byFiscaliaStaff("req-i-04a"));
    log.append(new ReferralAcceptedEvent(acceptedThenVoided), byDifStaff("req-accept-04"));
    log.append(
        new ReferralStepVoidedEvent(
            acceptedThenVoided,
            new CorrectedFact(UUID.randomUUID().toString(), 1),
            ReferralStepKind.ACCEPTANCE,
            "Sin cupo"),
        byDifStaff("req-void-04a"));
    log.append(
        issued(withdrawnThenVoided, newCase(), Urgency.URGENT), byFiscaliaStaff("req-i-04b"));
    log.append(new ReferralWithdrawnEvent(withdrawnThenVoided), byFiscaliaStaff("req-wd-04"));

    assertThat(awaitDetail(withdrawnThenVoided, 2).get("state").asText()).isEqualTo("WITHDRAWN");
    log.append(
        new ReferralStepVoidedEvent(
            withdrawnThenVoided,
            new CorrectedFact(UUID.randomUUID().toString(), 1),
            ReferralStepKind.WITHDRAWAL,
            "Por error"),
        byFiscaliaStaff("req-void-04b"));

    JsonNode acceptance = awaitDetail(acceptedThenVoided, 3);
    assertThat(acceptance.get("state").asText()).isEqualTo("AWAITING_ANSWER");
    assertThat(acceptance.get("answeredAt").isNull()).isTrue();
    assertThat(acceptance.get("history").get(2).get("summary").get("originalKind").asText())
        .isEqualTo("ACCEPTANCE");
    JsonNode withdrawal = awaitDetail(withdrawnThenVoided, 3);
    assertThat(withdrawal.get("state").asText()).isEqualTo("AWAITING_ANSWER");
    assertThat(withdrawal.get("history").get(2).get("summary").get("originalKind").asText())
        .isEqualTo("WITHDRAWAL");
  }

  @Test
  void anEscalation_marksTheReferralWithWhenItsLimitRanOut_keepsTheFirst_andBlocksNoAnswer() {
    ReferralId referral = newReferral();
    CaseReference caseReference = newCase();
    Instant firstLimit = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    log.append(issued(referral, caseReference, Urgency.URGENT), byFiscaliaStaff("req-issue-05"));
    log.append(escalated(referral, caseReference, firstLimit), byThePlatform());
    log.append(new ReferralAcceptedEvent(referral), byDifStaff("req-accept-05"));
    log.append(
        new ReferralStepVoidedEvent(
            referral,
            new CorrectedFact(UUID.randomUUID().toString(), 2),
            ReferralStepKind.ACCEPTANCE,
            "Aceptada por error"),
        byDifStaff("req-void-05"));
    log.append(escalated(referral, caseReference, firstLimit.plusSeconds(600)), byThePlatform());

    JsonNode detail = awaitDetail(referral, 5);

    assertThat(detail.get("state").asText()).isEqualTo("AWAITING_ANSWER");
    assertThat(detail.get("escalated").asBoolean()).isTrue();
    assertThat(Instant.parse(detail.get("escalatedAt").asText())).isEqualTo(firstLimit);
    JsonNode escalation = detail.get("history").get(1);
    assertThat(escalation.get("type").asText()).isEqualTo("ReferralEscalatedEvent");
    assertThat(escalation.get("actor").isNull()).isTrue();
    assertThat(escalation.get("summary").get("urgency").asText()).isEqualTo("URGENT");
    assertThat(Duration.parse(escalation.get("summary").get("limit").asText()))
        .isEqualTo(Duration.ofHours(24));
    assertThat(escalation.get("summary").has("caseReference")).isFalse();
    assertThat(texts(detail.get("history"), "type"))
        .containsExactly(
            "ReferralIssuedEvent",
            "ReferralEscalatedEvent",
            "ReferralAcceptedEvent",
            "ReferralStepVoidedEvent",
            "ReferralEscalatedEvent");
  }

  @Test
  void erasingACase_marksEveryReferralOfThatCase_inWhicheverOrderTheyAreApplied_andNoOther() {
    CaseReference erasedCase = newCase();
    ReferralId first = newReferral();
    ReferralId second = newReferral();
    ReferralId ofAnotherCase = newReferral();
    log.append(issued(first, erasedCase, Urgency.URGENT), byFiscaliaStaff("req-issue-06a"));
    log.append(issued(ofAnotherCase, newCase(), Urgency.URGENT), byFiscaliaStaff("req-i-06c"));
    awaitDetail(first, 1);
    log.append(
        new CaseErasedEvent(erasedCase, TestReferrals.FISCALIA),
        TestReferrals.byAdmin("req-erase-06"));
    // Appended after the erasure: the processor's segments may apply the two in either order.
    log.append(issued(second, erasedCase, Urgency.URGENT), byFiscaliaStaff("req-issue-06b"));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> assertThat(awaitDetail(first, 1).get("caseErased").asBoolean()).isTrue());
    assertThat(awaitDetail(second, 1).get("caseErased").asBoolean()).isTrue();
    assertThat(awaitDetail(ofAnotherCase, 1).get("caseErased").asBoolean()).isFalse();
    assertThat(awaitDetail(first, 1).get("caseReference").asText()).isEqualTo(erasedCase.value());
  }

  @Test
  void erasingOneAgencysCase_leavesAnotherAgencysCaseUnderTheSameReference() {
    CaseReference reference = newCase();
    ReferralId fiscalias = newReferral();
    ReferralId unodcs = newReferral();
    log.append(issued(fiscalias, reference, Urgency.URGENT), byFiscaliaStaff("req-issue-09a"));
    log.append(
        issued(
            unodcs,
            reference,
            TestReferrals.UNODC,
            TestReferrals.DIF_BENITO_JUAREZ,
            Urgency.URGENT),
        TestReferrals.byUnodcStaff("req-issue-09b"));
    log.append(
        new CaseErasedEvent(reference, TestReferrals.FISCALIA),
        TestReferrals.byAdmin("req-erase-09"));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> assertThat(awaitDetail(fiscalias, 1).get("caseErased").asBoolean()).isTrue());
    assertThat(awaitDetail(unodcs, 1).get("caseErased").asBoolean()).isFalse();
  }

  @Test
  void anOnwardReferral_namesTheReferralItContinues_andIsErasedWithTheFirstIssuersCase() {
    CaseReference reference = newCase();
    ReferralId first = newReferral();
    ReferralId onward = newReferral();
    log.append(issued(first, reference, Urgency.URGENT), byFiscaliaStaff("req-issue-11a"));
    ReferralIssuedEvent firstIssue = issued(first, reference, Urgency.URGENT);
    log.append(
        new ReferralIssuedEvent(
            onward,
            reference,
            TestReferrals.DIF_BENITO_JUAREZ,
            TestReferrals.UNODC,
            null,
            ServiceRequested.LEGAL,
            Urgency.ROUTINE,
            firstIssue.consent(),
            firstIssue.victimDetails(),
            first,
            TestReferrals.FISCALIA,
            null,
            null),
        byDifStaff("req-issue-11b"));

    JsonNode continued = awaitDetail(onward, 1);
    assertThat(continued.get("onwardFrom").asText()).isEqualTo(first.toString());
    assertThat(continued.get("caseAgency").asText()).isEqualTo(TestReferrals.FISCALIA.value());
    assertThat(continued.get("issuingAgency").asText())
        .isEqualTo(TestReferrals.DIF_BENITO_JUAREZ.value());
    assertThat(awaitDetail(first, 1).get("caseAgency").asText())
        .isEqualTo(TestReferrals.FISCALIA.value());
    // The third agency sees the chain only for its part: who referred the person on to it, and the
    // referral it continues by id; never which agency began the case.
    String unodcStaff =
        DevTokens.mint("unodc-staff-1", TestReferrals.UNODC.value(), "AGENCY_STAFF");
    QueryApi.Answer third = api.get("/referrals/" + onward, unodcStaff);
    assertThat(third.status()).isEqualTo(200);
    assertThat(third.body().has("caseAgency")).isFalse();
    assertThat(third.body().get("onwardFrom").asText()).isEqualTo(first.toString());
    assertThat(third.body().get("issuingAgency").asText())
        .isEqualTo(TestReferrals.DIF_BENITO_JUAREZ.value());
    assertThat(third.body().toString()).doesNotContain(TestReferrals.FISCALIA.value());
    QueryApi.Answer thirdsList = api.get("/referrals?direction=RECEIVED", unodcStaff);
    assertThat(thirdsList.status()).isEqualTo(200);
    JsonNode listed = null;
    for (JsonNode referral : thirdsList.body().get("referrals")) {
      if (referral.get("referralId").asText().equals(onward.toString())) {
        listed = referral;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.has("caseAgency")).isFalse();

    log.append(
        new CaseErasedEvent(reference, TestReferrals.FISCALIA),
        TestReferrals.byAdmin("req-erase-11"));
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> assertThat(awaitDetail(onward, 1).get("caseErased").asBoolean()).isTrue());
  }

  @Test
  void anErasureFromBeforeCasesWereScoped_marksWhatItsKeyHadSealed_byAnyAgency_andNothingLater() {
    CaseReference reference = newCase();
    ReferralId fiscalias = newReferral();
    ReferralId unodcs = newReferral();
    ReferralId unodcsLater = newReferral();
    log.append(issued(fiscalias, reference, Urgency.URGENT), byFiscaliaStaff("req-issue-10a"));
    log.append(
        issued(
            unodcs,
            reference,
            TestReferrals.UNODC,
            TestReferrals.DIF_BENITO_JUAREZ,
            Urgency.URGENT),
        TestReferrals.byUnodcStaff("req-issue-10b"));
    // Revision 1, as the upcaster reads it: the reference's one shared key was destroyed.
    log.append(new CaseErasedEvent(reference, null), TestReferrals.byAdmin("req-erase-10"));
    log.append(
        issued(
            unodcsLater,
            reference,
            TestReferrals.UNODC,
            TestReferrals.DIF_BENITO_JUAREZ,
            Urgency.URGENT),
        TestReferrals.byUnodcStaff("req-issue-10c"));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              assertThat(awaitDetail(fiscalias, 1).get("caseErased").asBoolean()).isTrue();
              assertThat(awaitDetail(unodcs, 1).get("caseErased").asBoolean()).isTrue();
            });
    assertThat(awaitDetail(unodcsLater, 1).get("caseErased").asBoolean()).isFalse();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.referral_case_erasure"
                    + " WHERE case_reference = ? AND issuing_agency IS NULL",
                Integer.class,
                reference.value()))
        .isEqualTo(1);
  }

  @Test
  void theList_isNewestIssueFirst_pagedAndFilteredByDirectionStateUrgencyAndEscalation() {
    AgencyId issuer = new AgencyId("fiscalia-" + UUID.randomUUID().toString().substring(0, 8));
    AgencyId receiver = new AgencyId("dif-" + UUID.randomUUID().toString().substring(0, 8));
    ReferralId oldest = newReferral();
    ReferralId middle = newReferral();
    ReferralId newest = newReferral();
    ReferralId toTheIssuer = newReferral();
    log.append(
        issued(oldest, newCase(), issuer, receiver, Urgency.ROUTINE), byFiscaliaStaff("r-07a"));
    log.append(
        issued(middle, newCase(), issuer, receiver, Urgency.URGENT), byFiscaliaStaff("r-07b"));
    log.append(
        issued(newest, newCase(), issuer, receiver, Urgency.URGENT), byFiscaliaStaff("r-07c"));
    log.append(
        issued(toTheIssuer, newCase(), receiver, issuer, Urgency.EMERGENCY), byDifStaff("r-07d"));
    log.append(new ReferralAcceptedEvent(middle), byDifStaff("r-07e"));
    log.append(escalated(oldest, newCase(), Instant.now()), byThePlatform());
    String issuerStaff = DevTokens.mint("staff-1", issuer.value(), "AGENCY_STAFF");
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              JsonNode all = api.get("/referrals?state=ACCEPTED", issuerStaff).body();
              assertThat(ids(all)).containsExactly(middle.toString());
              JsonNode escalatedOnes = api.get("/referrals?escalated=true", issuerStaff).body();
              assertThat(ids(escalatedOnes)).containsExactly(oldest.toString());
              assertThat(api.get("/referrals", issuerStaff).body().get("totalElements").asLong())
                  .isEqualTo(4);
            });

    JsonNode firstPage = api.get("/referrals?direction=ISSUED&page=0&size=2", issuerStaff).body();
    JsonNode secondPage = api.get("/referrals?direction=ISSUED&page=1&size=2", issuerStaff).body();
    JsonNode received = api.get("/referrals?direction=RECEIVED", issuerStaff).body();
    JsonNode urgent = api.get("/referrals?direction=ISSUED&urgency=URGENT", issuerStaff).body();
    JsonNode notEscalated = api.get("/referrals?escalated=false", issuerStaff).body();

    assertThat(ids(firstPage)).containsExactly(newest.toString(), middle.toString());
    assertThat(ids(secondPage)).containsExactly(oldest.toString());
    assertThat(firstPage.get("totalElements").asLong()).isEqualTo(3);
    assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
    assertThat(firstPage.get("page").asInt()).isZero();
    assertThat(firstPage.get("size").asInt()).isEqualTo(2);
    assertThat(firstPage.get("direction").asText()).isEqualTo("ISSUED");
    assertThat(ids(received)).containsExactly(toTheIssuer.toString());
    assertThat(ids(urgent)).containsExactly(newest.toString(), middle.toString());
    assertThat(urgent.get("urgency").asText()).isEqualTo("URGENT");
    assertThat(ids(notEscalated))
        .containsExactly(toTheIssuer.toString(), newest.toString(), middle.toString());
  }

  @Test
  void replayingTheWholeEventLog_restoresWhatWasLost_andDoublesNothing() {
    ReferralId referral = newReferral();
    CaseReference caseReference = newCase();
    log.append(issued(referral, caseReference, Urgency.URGENT), byFiscaliaStaff("req-issue-08"));
    log.append(escalated(referral, caseReference, Instant.now()), byThePlatform());
    log.append(
        new ReferralDeclinedEvent(referral, DeclineReason.NO_CAPACITY), byDifStaff("req-decl-08"));
    log.append(
        new ReferralStepVoidedEvent(
            referral,
            new CorrectedFact(UUID.randomUUID().toString(), 2),
            ReferralStepKind.DECLINE,
            "Sí había cupo"),
        byDifStaff("req-void-08"));
    log.append(new ReferralAcceptedEvent(referral), byDifStaff("req-accept-08"));
    log.append(
        new ReferralClosedEvent(
            referral, ReferralOutcome.NOT_SUCCESSFUL, ClosureReason.CONTACT_LOST),
        byDifStaff("req-close-08"));
    log.append(
        new CaseErasedEvent(caseReference, TestReferrals.FISCALIA),
        TestReferrals.byAdmin("req-erase-08"));
    JsonNode before = awaitDetail(referral, 6);
    await().atMost(LAG).until(() -> awaitDetail(referral, 6).get("caseErased").asBoolean());
    JsonNode settled = awaitDetail(referral, 6);
    Integer historyRowsBefore =
        jdbc.queryForObject("SELECT count(*) FROM read_model.referral_history", Integer.class);
    Integer erasuresBefore =
        jdbc.queryForObject("SELECT count(*) FROM read_model.referral_case_erasure", Integer.class);
    // Lose one history row, so that seeing it again proves the replay really ran.
    jdbc.update(
        "DELETE FROM read_model.referral_history WHERE referral_id = ? AND sequence_number = 3",
        referral.value());

    ReferralId marker = replayFromTheStart();

    JsonNode after = awaitDetail(referral, 6);
    assertThat(after).isEqualTo(settled);
    assertThat(after.get("state").asText()).isEqualTo("CLOSED");
    assertThat(after.get("closureReason").asText()).isEqualTo("CONTACT_LOST");
    assertThat(after.get("escalated").asBoolean()).isTrue();
    assertThat(after.get("caseErased").asBoolean()).isTrue();
    assertThat(texts(after.get("history"), "sequenceNumber"))
        .containsExactly("0", "1", "2", "3", "4", "5");
    assertThat(before.get("issuedAt")).isEqualTo(after.get("issuedAt"));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.referral_history WHERE referral_id <> ?",
                Integer.class,
                marker.value()))
        .isEqualTo(historyRowsBefore);
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM read_model.referral_case_erasure", Integer.class))
        .isEqualTo(erasuresBefore);
  }

  @Test
  void aVoidingThatSaysNotWhatItVoids_isDeadLettered_andLaterReferralsStillAppear() {
    ReferralId poisoned = newReferral();
    ReferralId healthy = newReferral();
    log.append(issued(poisoned, newCase(), Urgency.URGENT), byFiscaliaStaff("req-issue-09a"));
    log.append(
        new ReferralStepVoidedEvent(
            poisoned, new CorrectedFact(UUID.randomUUID().toString(), 7), null, "No existe"),
        byDifStaff("req-void-09"));
    log.append(new ReferralAcceptedEvent(poisoned), byDifStaff("req-accept-09"));
    log.append(issued(healthy, newCase(), Urgency.URGENT), byFiscaliaStaff("req-issue-09b"));

    awaitDetail(healthy, 1);
    await()
        .atMost(LAG)
        .untilAsserted(() -> assertThat(deadLetterCount(poisoned.toString())).isEqualTo(2));
    JsonNode stuck = awaitDetail(poisoned, 1);
    assertThat(stuck.get("state").asText()).isEqualTo("AWAITING_ANSWER");
  }

  /** Replays every event from the first, and returns the referral recorded to end the replay. */
  private ReferralId replayFromTheStart() {
    ReferralId marker = newReferral();
    ProjectionReplay.replayFromTheStart(
        processing,
        tokenStore,
        ProcessingGroups.REFERRALS,
        () ->
            log.append(
                issued(marker, newCase(), Urgency.ROUTINE), byFiscaliaStaff("req-after-reset")),
        LAG);
    awaitDetail(marker, 1);
    return marker;
  }

  private JsonNode awaitDetail(ReferralId referral, int historyEntries) {
    JsonNode[] detail = new JsonNode[1];
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              QueryApi.Answer answer = api.get("/referrals/" + referral, difStaff);
              assertThat(answer.status()).isEqualTo(200);
              assertThat(answer.body().get("history")).hasSize(historyEntries);
              detail[0] = answer.body();
            });
    return detail[0];
  }

  /** Every row of the referral tables as text, for scanning. */
  private String readModelAsText() {
    List<String> rows = new ArrayList<>();
    for (String table : List.of("referral", "referral_history", "referral_case_erasure")) {
      rows.addAll(
          jdbc.queryForList("SELECT t::text FROM read_model." + table + " t", String.class));
    }
    return String.join("\n", rows);
  }

  private Integer deadLetterCount(String sequenceIdentifier) {
    return ProjectionReplay.deadLetterCount(jdbc, ProcessingGroups.REFERRALS, sequenceIdentifier);
  }

  private static List<String> ids(JsonNode page) {
    return texts(page.get("referrals"), "referralId");
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.get(field).asText()));
    return values;
  }

  @Test
  void statedBusinessTimes_areShownBesideTheRecordTimes_evenWhenTheIssueCommitsLate()
      throws Exception {
    ReferralId stated = newReferral();
    ReferralId marker = newReferral();
    ReferralIssuedEvent plain = issued(stated, newCase(), Urgency.URGENT);
    ReferralIssuedEvent issue =
        new ReferralIssuedEvent(
            plain.referralId(),
            plain.caseReference(),
            plain.issuingAgency(),
            plain.receivingAgency(),
            plain.receivingShelter(),
            plain.service(),
            plain.urgency(),
            plain.consent(),
            plain.victimDetails(),
            null,
            null,
            Instant.parse("2022-10-24T14:30:00Z"),
            null);
    try (Connection late = newConnection()) {
      late.setAutoCommit(false);
      // The issue takes its log position first, but commits after a later referral is applied.
      LateCommits.appendWithoutCommitting(
          late, serializer, "Referral", stated.toString(), issue, byFiscaliaStaff("req-bt-01"));
      log.append(issued(marker, newCase(), Urgency.URGENT), byFiscaliaStaff("req-bt-02"));
      await().atMost(LAG).until(() -> referral(marker) != null);
      late.commit();
    }
    await().atMost(LAG).until(() -> referral(stated) != null);
    // The acceptance follows the late issue in its stream (sequence 1).
    eventStore.publish(
        new org.axonframework.eventhandling.GenericDomainEventMessage<>(
            "Referral",
            stated.toString(),
            1L,
            new ReferralAcceptedEvent(stated, Instant.parse("2022-10-24T16:45:00Z")),
            byDifStaff("req-bt-03")));

    JsonNode shown =
        await()
            .atMost(LAG)
            .until(
                () -> referral(stated),
                node -> node != null && "ACCEPTED".equals(node.path("state").asText()));
    assertThat(shown.get("statedIssuedAt").asText()).isEqualTo("2022-10-24T14:30:00Z");
    assertThat(shown.get("statedAnsweredAt").asText()).isEqualTo("2022-10-24T16:45:00Z");
    assertThat(shown.get("businessTimeStated").asBoolean()).isTrue();
    // Recorded now, years after it happened: late; the answer time is between the stated times.
    assertThat(shown.get("recordedLate").asBoolean()).isTrue();
    assertThat(shown.get("timeToAnswer").asText()).isEqualTo("PT2H15M");
    assertThat(shown.get("issuedAt").asText()).isNotEqualTo("2022-10-24T14:30:00Z");
    JsonNode unstated = referral(marker);
    assertThat(unstated.get("businessTimeStated").asBoolean()).isFalse();
    assertThat(unstated.get("recordedLate").asBoolean()).isFalse();
    assertThat(unstated.get("statedIssuedAt").isNull()).isTrue();

    // from/to filter the business time; recordedFrom the record time.
    assertThat(referralIds("/referrals?size=100&from=2022-10-01T00:00:00Z&to=2022-11-01T00:00:00Z"))
        .contains(stated.toString())
        .doesNotContain(marker.toString());
    assertThat(
            referralIds(
                "/referrals?size=100&from=2022-10-01T00:00:00Z&to=2022-11-01T00:00:00Z"
                    + "&recordedTo=2022-11-01T00:00:00Z"))
        .doesNotContain(stated.toString());
  }

  /** The referral as DIF's staff read it, or null while it is not there. */
  private JsonNode referral(ReferralId id) {
    QueryApi.Answer answer = api.get("/referrals/" + id, difStaff);
    return answer.status() == 200 ? answer.body() : null;
  }

  private java.util.List<String> referralIds(String path) {
    java.util.List<String> ids = new java.util.ArrayList<>();
    api.get(path, difStaff)
        .body()
        .path("referrals")
        .forEach(referral -> ids.add(referral.path("referralId").asText()));
    return ids;
  }
}
