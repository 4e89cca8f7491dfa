package mx.bitacora.query.myagency;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.enrolled;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.junit.jupiter.api.Test;

/** The enrolments projection: one row per participant and session; a replay doubles nothing. */
@OwnContext
class StaffEnrolmentsProjectionTest extends ProjectionTest {

  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId DIF_BJ = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");

  @Test
  void eachParticipant_isEnrolledForTheirAgency_once_andAReplayRestoresAndDoublesNothing() {
    TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
    log.append(scheduled(session, null, UNODC), byStaffOf(UNODC));
    log.append(
        enrolled(session, "dif-bj-0001", DIF_BJ),
        byStaffOf(UNODC),
        Instant.parse("2022-10-16T09:00:00Z"));
    log.append(enrolled(session, "fge-0001", FISCALIA), byStaffOf(UNODC));
    // Enrolled again (a retried request recorded twice): the first enrolment stands.
    log.append(enrolled(session, "dif-bj-0001", FISCALIA), byStaffOf(UNODC));

    await()
        .atMost(LAG)
        .untilAsserted(
            () ->
                assertThat(enrolments(session))
                    .extracting(row -> row.get("staff_id") + ":" + row.get("agency"))
                    .containsExactly(
                        "dif-bj-0001:dif-benito-juarez", "fge-0001:fiscalia-quintana-roo"));
    List<Map<String, Object>> before = enrolments(session);
    assertThat(before.get(0).get("enrolled_at").toString()).startsWith("2022-10-16");
    jdbc.update(
        "DELETE FROM read_model.staff_enrolment WHERE training_session_id = ? AND staff_id = ?",
        session.value(),
        "fge-0001");

    TrainingSessionId marker = new TrainingSessionId(UUID.randomUUID());
    replayFromTheStart(
        ProcessingGroups.ENROLMENTS,
        () -> log.append(enrolled(marker, "marker-0001", UNODC), byStaffOf(UNODC)));
    await().atMost(LAG).until(() -> enrolments(marker).size() == 1);

    assertThat(enrolments(session)).isEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model.staff_enrolment", Long.class))
        .isEqualTo(3);
  }

  private List<Map<String, Object>> enrolments(TrainingSessionId session) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.staff_enrolment WHERE training_session_id = ? ORDER BY staff_id",
        session.value());
  }
}
