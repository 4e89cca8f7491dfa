package mx.bitacora.query.trainingsessions;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.enrolled;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.LateCommits;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The training session view's projection: each enrolment, attendance and completion a fact at its
 * sequence number, a correction replacing a completion's values and a voiding marking a fact (each
 * naming itself); an event committed after a later position is projected all the same; four writers
 * at once double nothing; a replay restores what was lost and changes nothing.
 */
@OwnContext
class TrainingSessionViewProjectionTest extends ProjectionTest {

  @Autowired
  @Qualifier("eventSerializer")
  private Serializer serializer;

  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");

  @Test
  void eachFact_keepsItsSequence_correctedAndVoidedInPlace() {
    TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
    log.append(scheduled(session, null, UNODC), byStaffOf(UNODC));
    log.append(enrolled(session, "dif-bj-0001", DIF), byStaffOf(DIF));
    String attendance =
        log.append(
            new AttendanceRecordedEvent(session, new StaffId("dif-bj-0001")), byStaffOf(UNODC));
    String completion = log.append(completed(session, "dif-bj-0001"), byStaffOf(UNODC));
    log.append(
        new TrainingFactCorrectedEvent(
            session,
            new CorrectedFact(completion, 3),
            TrainingFactKind.COMPLETION,
            "Fueron 6 horas",
            new StaffId("dif-bj-0001"),
            new BigDecimal("6"),
            null),
        byStaffOf(UNODC));
    log.append(
        new TrainingFactVoidedEvent(
            session,
            new CorrectedFact(attendance, 2),
            TrainingFactKind.ATTENDANCE,
            "Registrada en la sesión equivocada",
            new StaffId("dif-bj-0001")),
        byStaffOf(UNODC));

    await().atMost(LAG).until(() -> history(session).size() == 6);
    assertThat(facts(session))
        .extracting(
            row ->
                row.get("sequence_number")
                    + " "
                    + row.get("kind")
                    + " "
                    + row.get("hours_completed")
                    + " "
                    + row.get("certificate_reference")
                    + " corrected_by="
                    + row.get("corrected_by")
                    + " voided_by="
                    + row.get("voided_by"))
        .containsExactly(
            "1 ENROLMENT null null corrected_by=null voided_by=null",
            "2 ATTENDANCE null null corrected_by=null voided_by=5",
            "3 COMPLETION 6.00 CERT-dif-bj-0001 corrected_by=4 voided_by=null");
    assertThat(rowWhere("training_session_detail", "training_session_id", session.value()))
        .containsEntry("trainer_agency", "unodc-mexico")
        .containsEntry("capacity", 20)
        .containsEntry("cancel_reason", null);
  }

  @Test
  void anEnrolmentCommittedAfterALaterPosition_isProjectedAllTheSame() throws Exception {
    TrainingSessionId early = new TrainingSessionId(UUID.randomUUID());
    TrainingSessionId later = new TrainingSessionId(UUID.randomUUID());
    log.append(scheduled(early, null, UNODC), byStaffOf(UNODC));
    try (Connection late = newConnection()) {
      late.setAutoCommit(false);
      // The enrolment takes its position first and commits after another session's events.
      LateCommits.appendWithoutCommitting(
          late,
          serializer,
          "TrainingSession",
          early.toString(),
          UUID.randomUUID().toString(),
          1,
          enrolled(early, "dif-bj-0007", DIF),
          byStaffOf(DIF));
      log.append(scheduled(later, null, UNODC), byStaffOf(UNODC));
      log.append(enrolled(later, "dif-bj-0008", DIF), byStaffOf(DIF));
      await().atMost(LAG).until(() -> facts(later).size() == 1);
      late.commit();
    }
    await().atMost(LAG).until(() -> facts(early).size() == 1);
    assertThat(facts(early).get(0))
        .containsEntry("sequence_number", 1L)
        .containsEntry("kind", "ENROLMENT")
        .containsEntry("staff_id", "dif-bj-0007");
  }

  @Test
  void fourWritersAtOnce_eachFactOnce_andAReplayChangesNothing() throws Exception {
    List<TrainingSessionId> sessions = new ArrayList<>();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
        sessions.add(session);
        done.add(
            writers.submit(
                () -> {
                  log.append(scheduled(session, null, UNODC), byStaffOf(UNODC));
                  log.append(enrolled(session, "dif-bj-0001", DIF), byStaffOf(DIF));
                  log.append(enrolled(session, "dif-bj-0002", DIF), byStaffOf(DIF));
                  log.append(completed(session, "dif-bj-0002"), byStaffOf(UNODC));
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
        .until(() -> sessions.stream().allMatch(session -> history(session).size() == 4));
    for (TrainingSessionId session : sessions) {
      assertThat(facts(session))
          .extracting(row -> row.get("sequence_number") + " " + row.get("kind"))
          .containsExactly("1 ENROLMENT", "2 ENROLMENT", "3 COMPLETION");
    }

    List<Map<String, Object>> factsBefore = all("training_session_fact", sortOrder());
    List<Map<String, Object>> sessionsBefore =
        all("training_session_detail", "training_session_id");
    jdbc.update(
        "DELETE FROM read_model.training_session_fact WHERE training_session_id = ?",
        sessions.get(0).value());
    TrainingSessionId marker = new TrainingSessionId(UUID.randomUUID());
    replayFromTheStart(
        ProcessingGroups.TRAINING,
        () -> log.append(scheduled(marker, null, UNODC), byStaffOf(UNODC)));
    await().atMost(LAG).until(() -> history(marker).size() == 1);
    assertThat(all("training_session_fact", sortOrder())).isEqualTo(factsBefore);
    List<Map<String, Object>> sessionsAfter = all("training_session_detail", "training_session_id");
    sessionsAfter.removeIf(row -> row.get("training_session_id").equals(marker.value()));
    assertThat(sessionsAfter).isEqualTo(sessionsBefore);
  }

  private static String sortOrder() {
    return "training_session_id, sequence_number";
  }

  private List<Map<String, Object>> facts(TrainingSessionId session) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.training_session_fact WHERE training_session_id = ?"
            + " ORDER BY sequence_number",
        session.value());
  }

  private List<Map<String, Object>> history(TrainingSessionId session) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.training_session_history WHERE training_session_id = ?",
        session.value());
  }
}
