package mx.bitacora.command.occupancy;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The occupancy lookup under concurrent writers: referrals to one shelter issued, accepted (some
 * twice at once), closed and voided from many threads at once; afterwards the places taken are
 * never negative and agree with what the stored events say (one place per referral whose latest
 * answer, withdrawal, closure or voiding is an acceptance), in the table and through {@link
 * ShelterOccupancy}. A failing lookup write refuses the command with it.
 */
@CommandServiceTest
class ShelterOccupancyTest {

  private static final String FISCALIA =
      DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");

  @Autowired private CommandApi api;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ShelterOccupancy occupancy;

  @Test
  void concurrentWriters_leaveThePlacesTaken_asTheEventsSay() throws Exception {
    String shelter = shelter(3);
    List<UUID> referrals = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      referrals.add(UUID.randomUUID());
    }
    assertAll(201, all(referrals.stream().map(id -> issue(id, shelter)).toList()));

    // Every referral accepted at once, the first four twice over: one acceptance each stands.
    List<Callable<ResponseEntity<String>>> accepts = new ArrayList<>();
    referrals.forEach(id -> accepts.add(() -> api.post(action(id, "accept"), null, DIF)));
    referrals
        .subList(0, 4)
        .forEach(id -> accepts.add(() -> api.post(action(id, "accept"), null, DIF)));
    List<ResponseEntity<String>> accepted = all(accepts);
    assertThat(accepted.stream().filter(answer -> status(answer) == 200)).hasSize(10);
    assertThat(accepted.stream().filter(answer -> status(answer) == 409)).hasSize(4);
    assertThat(placesTaken(shelter)).isEqualTo(10);

    // At once: four closed, three acceptances voided, five more issued (warned: the shelter is
    // full).
    List<Callable<ResponseEntity<String>>> mixed = new ArrayList<>();
    referrals.subList(0, 4).forEach(id -> mixed.add(close(id)));
    referrals.subList(4, 7).forEach(id -> mixed.add(voidAcceptance(id)));
    List<UUID> later = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      UUID id = UUID.randomUUID();
      later.add(id);
      mixed.add(issue(id, shelter));
    }
    List<ResponseEntity<String>> answers = all(mixed);
    assertAll(200, answers.subList(0, 7));
    assertAll(201, answers.subList(7, 12));
    assertThat(answers.subList(7, 12))
        .allSatisfy(answer -> assertThat(answer.getBody()).contains("RECEIVING_SHELTER_FULL"));

    assertThat(placesTaken(shelter)).isEqualTo(3).isEqualTo(placesTakenByTheEvents(shelter));
    assertThat(occupancy.find(new ShelterId(shelter)).orElseThrow().full()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from event_store.referral_place where shelter_id = ?",
                Long.class,
                shelter))
        .isEqualTo(15);
  }

  @Test
  void theLookup_isNeverNegative_aFailingWriteRefusesTheCommand() throws Exception {
    String shelter = shelter(2);
    UUID id = UUID.randomUUID();
    assertThat(status(issue(id, shelter).call())).isEqualTo(201);
    assertThat(status(api.post(action(id, "accept"), null, DIF))).isEqualTo(200);
    // The lookup made to disagree with the log: freeing the place would go below zero.
    jdbc.update(
        "update event_store.shelter_occupancy set places_taken = 0 where shelter_id = ?", shelter);

    api.assertProblem(close(id).call(), 500, "INTERNAL_ERROR");

    assertThat(api.eventsOf(id.toString())).as("the closure rolled back with it").isEqualTo(2);
    assertThat(placesTaken(shelter)).isZero();
  }

  private String shelter(int capacity) {
    String id = "albergue-concurrente-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> registered =
        api.post(
            "/shelters",
            """
            {"shelterId": "%s", "name": "Albergue concurrente", "kind": "ALBERGUE",
             "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
             "state": "Quintana Roo", "capacity": %d, "servesMinors": false}
            """
                .formatted(id, capacity),
            DIF);
    assertThat(status(registered)).as(registered.getBody()).isEqualTo(201);
    return id;
  }

  private Callable<ResponseEntity<String>> issue(UUID id, String shelter) {
    return () ->
        api.post(
            "/referrals",
            """
            {"referralId": "%s", "caseReference": "QROO-2022-0300",
             "receivingAgency": "dif-benito-juarez", "receivingShelter": "%s",
             "service": "SHELTER", "urgency": "URGENT",
             "consent": {"givenOn": "2022-10-20", "scope": "REQUESTED_SERVICE_ONLY"}}
            """
                .formatted(id, shelter),
            FISCALIA);
  }

  private Callable<ResponseEntity<String>> close(UUID id) {
    return () ->
        api.post(
            action(id, "close"),
            "{\"outcome\": \"SUCCESSFUL\", \"reason\": \"SERVICE_PROVIDED\"}",
            DIF);
  }

  private Callable<ResponseEntity<String>> voidAcceptance(UUID id) {
    return () ->
        api.post(
            action(id, "voided-facts"),
            "{\"originalSequenceNumber\": 1, \"reason\": \"Aceptada sin cupo confirmado\"}",
            DIF);
  }

  private long placesTaken(String shelter) {
    return jdbc.queryForObject(
        "select places_taken from event_store.shelter_occupancy where shelter_id = ?",
        Long.class,
        shelter);
  }

  /** One place per referral to the shelter whose latest step, in the log, is an acceptance. */
  private long placesTakenByTheEvents(String shelter) {
    return jdbc.queryForObject(
        """
        SELECT count(*) FROM event_store.domain_event_entry issue
        WHERE issue.payload_type = 'mx.bitacora.events.referral.ReferralIssuedEvent'
          AND convert_from(issue.payload, 'UTF8')::jsonb ->> 'receivingShelter' = ?
          AND (SELECT step.payload_type FROM event_store.domain_event_entry step
               WHERE step.aggregate_identifier = issue.aggregate_identifier
                 AND step.payload_type IN (
                   'mx.bitacora.events.referral.ReferralAcceptedEvent',
                   'mx.bitacora.events.referral.ReferralDeclinedEvent',
                   'mx.bitacora.events.referral.ReferralWithdrawnEvent',
                   'mx.bitacora.events.referral.ReferralClosedEvent',
                   'mx.bitacora.events.referral.ReferralStepVoidedEvent')
               ORDER BY step.sequence_number DESC LIMIT 1)
              = 'mx.bitacora.events.referral.ReferralAcceptedEvent'
        """,
        Long.class,
        shelter);
  }

  private static String action(UUID id, String action) {
    return "/referrals/" + id + "/" + action;
  }

  /** Sends every request at once, each from its own thread; the answers in the same order. */
  private static List<ResponseEntity<String>> all(List<Callable<ResponseEntity<String>>> requests)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(requests.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> pending = new ArrayList<>();
    try {
      for (Callable<ResponseEntity<String>> request : requests) {
        pending.add(
            clients.submit(
                () -> {
                  start.await();
                  return request.call();
                }));
      }
      start.countDown();
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : pending) {
        answers.add(answer.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      clients.shutdown();
    }
  }

  private static void assertAll(int status, List<ResponseEntity<String>> answers) {
    assertThat(answers)
        .allSatisfy(answer -> assertThat(status(answer)).as(answer.getBody()).isEqualTo(status));
  }
}
