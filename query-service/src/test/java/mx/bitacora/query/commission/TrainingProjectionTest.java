package mx.bitacora.query.commission;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.newAgency;
import static mx.bitacora.query.testing.NetworkFacts.newSession;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.ParticipantEnrolledEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.junit.jupiter.api.Test;

/**
 * The training projection: sessions and their completions, a voided completion kept but not
 * counted, a correction's hours, a cancelled session; a replay doubles nothing.
 */
class TrainingProjectionTest extends ProjectionTest {

  @Test
  void completions_areOnePerEvent_aVoidedOneIsKeptButNotCounted_andACorrectionSetsItsHours() {
    AgencyId unodc = newAgency("unodc");
    TrainingSessionId session = newSession();
    log.append(scheduled(session, unodc, TrainingAudience.SHELTER_STAFF), byStaffOf(unodc)); // 0
    log.append(
        new ParticipantEnrolledEvent(session, new StaffId("dif-bj-0042"), unodc, "Psicóloga"),
        byStaffOf(unodc)); // 1
    log.append(new AttendanceRecordedEvent(session, new StaffId("dif-bj-0042")), byStaffOf(unodc));
    log.append(completed(session, "dif-bj-0042"), byStaffOf(unodc)); // 3
    log.append(completed(session, "dif-bj-0043"), byStaffOf(unodc)); // 4
    log.append(completed(session, "dif-bj-0044"), byStaffOf(unodc)); // 5
    log.append(
        new TrainingFactVoidedEvent(
            session,
            new CorrectedFact("e-5", 5),
            TrainingFactKind.COMPLETION,
            "Registrada por error",
            new StaffId("dif-bj-0044")),
        byStaffOf(unodc)); // 6
    log.append(
        new TrainingFactCorrectedEvent(
            session,
            new CorrectedFact("e-4", 4),
            TrainingFactKind.COMPLETION,
            "Horas mal capturadas",
            new StaffId("dif-bj-0043"),
            new BigDecimal("6.5"),
            "CERT-dif-bj-0043"),
        byStaffOf(unodc)); // 7
    // A voided attendance names no completion: it changes nothing here.
    log.append(
        new TrainingFactVoidedEvent(
            session,
            new CorrectedFact("e-2", 2),
            TrainingFactKind.ATTENDANCE,
            "Asistencia duplicada",
            new StaffId("dif-bj-0042")),
        byStaffOf(unodc)); // 8

    await()
        .atMost(LAG)
        .untilAsserted(
            () ->
                assertThat(completions(session))
                    .extracting(row -> row.get("staff_id") + ":" + row.get("voided"))
                    .containsExactly("dif-bj-0042:false", "dif-bj-0043:false", "dif-bj-0044:true"));
    await()
        .atMost(LAG)
        .untilAsserted(
            () ->
                assertThat((BigDecimal) completions(session).get(1).get("hours_completed"))
                    .isEqualByComparingTo("6.5"));
    Map<String, Object> sessionRow = sessionRow(session);
    assertThat(sessionRow)
        .containsEntry("trainer_agency", unodc.value())
        .containsEntry("audience", "SHELTER_STAFF")
        .containsEntry("cancelled", false);
  }

  @Test
  void aCancelledSession_isMarkedCancelled_andItsCompletionsStay() {
    AgencyId fiscalia = newAgency("fiscalia");
    TrainingSessionId session = newSession();
    log.append(scheduled(session, fiscalia, TrainingAudience.PROSECUTORS), byStaffOf(fiscalia));
    log.append(completed(session, "fge-0007"), byStaffOf(fiscalia));
    log.append(new TrainingSessionCancelledEvent(session, "Sede cerrada"), byStaffOf(fiscalia));

    await()
        .atMost(LAG)
        .until(() -> sessionRow(session) != null && (Boolean) sessionRow(session).get("cancelled"));
    assertThat(completions(session)).hasSize(1);
  }

  @Test
  void replayingTheWholeLog_restoresWhatWasLost_andChangesAndDoublesNothing() {
    AgencyId unodc = newAgency("unodc");
    TrainingSessionId session = newSession();
    log.append(scheduled(session, unodc, TrainingAudience.OTHER), byStaffOf(unodc));
    log.append(completed(session, "inl-0001"), byStaffOf(unodc));
    log.append(completed(session, "inl-0002"), byStaffOf(unodc));
    log.append(
        new TrainingFactVoidedEvent(
            session,
            new CorrectedFact("e-1", 1),
            TrainingFactKind.COMPLETION,
            "Duplicada",
            new StaffId("inl-0001")),
        byStaffOf(unodc));
    await()
        .atMost(LAG)
        .until(
            () ->
                completions(session).size() == 2
                    && (Boolean) completions(session).get(0).get("voided"));
    List<Map<String, Object>> sessionsBefore = allSessions();
    List<Map<String, Object>> completionsBefore = allCompletions();
    // Lose one completion, so that seeing it again proves the replay really ran.
    jdbc.update(
        "DELETE FROM read_model.training_completion"
            + " WHERE training_session_id = ? AND sequence_number = 2",
        session.value());

    TrainingSessionId marker = newSession();
    replayFromTheStart(
        ProcessingGroups.TRAINING,
        () -> log.append(scheduled(marker, unodc, TrainingAudience.OTHER), byStaffOf(unodc)));
    await().atMost(LAG).until(() -> sessionRow(marker) != null);

    List<Map<String, Object>> sessionsAfter = allSessions();
    sessionsAfter.removeIf(row -> row.get("training_session_id").equals(marker.value()));
    assertThat(sessionsAfter).isEqualTo(sessionsBefore);
    assertThat(allCompletions()).isEqualTo(completionsBefore);
  }

  private List<Map<String, Object>> completions(TrainingSessionId session) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.training_completion WHERE training_session_id = ?"
            + " ORDER BY sequence_number",
        session.value());
  }

  private Map<String, Object> sessionRow(TrainingSessionId session) {
    return rowWhere("training_session", "training_session_id", session.value());
  }

  private List<Map<String, Object>> allSessions() {
    return all("training_session", "training_session_id");
  }

  private List<Map<String, Object>> allCompletions() {
    return all("training_completion", "training_session_id, sequence_number");
  }
}
