package mx.bitacora.query.trainingsessions;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.enrolled;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.training.AttendanceRecordedEvent;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingFactCorrectedEvent;
import mx.bitacora.events.training.TrainingFactKind;
import mx.bitacora.events.training.TrainingFactVoidedEvent;
import mx.bitacora.events.training.TrainingSessionCancelledEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One training session by UNODC with two DIF participants and one from the prosecutors' office:
 * attendance recorded and one voided, completions (one corrected); and a cancelled session. The
 * trainer and the commission see everything, DIF and the prosecutors' office each their own
 * participants without the history, INL nothing ("not found", as for an unknown session).
 */
@OwnContext
class TrainingSessionViewApiTest extends ApiTest {

  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final TrainingSessionId SESSION = new TrainingSessionId(UUID.randomUUID());
  private static final TrainingSessionId CANCELLED = new TrainingSessionId(UUID.randomUUID());

  private final String trainer = DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private final String dif = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private final String fiscalia = DevTokens.mint("fis-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private final String inl = DevTokens.mint("inl-1", "inl", "AGENCY_STAFF");
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String admin = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  @BeforeAll
  void recordTheHistory() {
    log.append(scheduled(SESSION, null, UNODC), byStaffOf(UNODC)); // 0
    log.append(enrolled(SESSION, "dif-bj-0001", DIF), byStaffOf(DIF)); // 1
    log.append(enrolled(SESSION, "dif-bj-0002", DIF), byStaffOf(DIF)); // 2
    log.append(enrolled(SESSION, "fis-qroo-0001", FISCALIA), byStaffOf(FISCALIA)); // 3
    log.append(attended("dif-bj-0001"), byStaffOf(UNODC)); // 4
    String wrongAttendance = log.append(attended("dif-bj-0002"), byStaffOf(UNODC)); // 5
    log.append(attended("fis-qroo-0001"), byStaffOf(UNODC)); // 6
    String completion = log.append(completed(SESSION, "dif-bj-0001"), byStaffOf(UNODC)); // 7
    log.append(completed(SESSION, "fis-qroo-0001"), byStaffOf(UNODC)); // 8
    log.append(
        new TrainingFactCorrectedEvent(
            SESSION,
            new CorrectedFact(completion, 7),
            TrainingFactKind.COMPLETION,
            "Fueron 6 horas",
            new StaffId("dif-bj-0001"),
            new BigDecimal("6"),
            "CERT-2022-0001"),
        byStaffOf(UNODC)); // 9
    log.append(
        new TrainingFactVoidedEvent(
            SESSION,
            new CorrectedFact(wrongAttendance, 5),
            TrainingFactKind.ATTENDANCE,
            "No asistió",
            new StaffId("dif-bj-0002")),
        byStaffOf(UNODC)); // 10
    log.append(scheduled(CANCELLED, null, UNODC), byStaffOf(UNODC));
    log.append(new TrainingSessionCancelledEvent(CANCELLED, "Sede cerrada"), byStaffOf(UNODC));
    await()
        .atMost(LAG)
        .until(
            () ->
                api.get(path(SESSION), trainer).body().path("history").size() == 11
                    && api.get(path(CANCELLED), trainer).body().path("cancelled").asBoolean());
  }

  @Test
  void theTrainer_seesEveryParticipant_everyFactAsItStands_andTheHistory() {
    JsonNode session = api.get(path(SESSION), trainer).body();
    assertThat(session.path("topic").asText()).isNotBlank();
    assertThat(session.path("trainerAgency").asText()).isEqualTo("unodc-mexico");
    assertThat(session.path("cancelled").asBoolean()).isFalse();
    assertThat(participants(session))
        .containsExactly(
            "dif-bj-0001 dif-benito-juarez attended 6 CERT-2022-0001",
            "dif-bj-0002 dif-benito-juarez absent null null",
            "fis-qroo-0001 fiscalia-quintana-roo attended 8 CERT-fis-qroo-0001");
    JsonNode voided = session.path("facts").get(4);
    assertThat(voided.path("sequenceNumber").asLong()).isEqualTo(5);
    assertThat(voided.path("voidedBy").asLong()).isEqualTo(10);
    JsonNode corrected = session.path("facts").get(6);
    assertThat(corrected.path("sequenceNumber").asLong()).isEqualTo(7);
    assertThat(corrected.path("correctedBy").asLong()).isEqualTo(9);
    assertThat(session.path("history").get(9).path("type").asText())
        .isEqualTo("TrainingFactCorrectedEvent");
    assertThat(api.get(path(SESSION), auditor).body()).isEqualTo(session);
  }

  @Test
  void aParticipantsAgency_seesOnlyItsOwnParticipants_andNoHistory() {
    JsonNode session = api.get(path(SESSION), dif).body();
    assertThat(participants(session))
        .containsExactly(
            "dif-bj-0001 dif-benito-juarez attended 6 CERT-2022-0001",
            "dif-bj-0002 dif-benito-juarez absent null null");
    assertThat(session.path("facts").findValuesAsText("staffId")).doesNotContain("fis-qroo-0001");
    assertThat(session.path("history").isNull()).isTrue();
    assertThat(session.toString()).doesNotContain("fis-qroo");

    assertThat(participants(api.get(path(SESSION), fiscalia).body()))
        .containsExactly("fis-qroo-0001 fiscalia-quintana-roo attended 8 CERT-fis-qroo-0001");
  }

  @Test
  void anotherAgency_getsNotFound_asForAnUnknownSession_andAnAdministratorIsRefused() {
    assertProblem(api.get(path(SESSION), inl), 404, "TRAINING_SESSION_NOT_FOUND");
    assertProblem(
        api.get(path(new TrainingSessionId(UUID.randomUUID())), trainer),
        404,
        "TRAINING_SESSION_NOT_FOUND");
    assertProblem(api.get(path(SESSION), admin), 403, "FORBIDDEN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-es-un-uuid", "%00", "1e10", "%E2%80%AE"})
  void aMalformedId_isABadRequest_echoingNothing(String id) {
    Answer answer = api.get("/training-sessions/" + id, trainer);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().toString()).doesNotContain(id);
  }

  @Test
  void aCancelledSession_saysSo_withItsReason() {
    JsonNode session = api.get(path(CANCELLED), trainer).body();
    assertThat(session.path("cancelled").asBoolean()).isTrue();
    assertThat(session.path("cancelReason").asText()).isEqualTo("Sede cerrada");
    assertThat(session.path("participants")).isEmpty();
  }

  private static AttendanceRecordedEvent attended(String staffId) {
    return new AttendanceRecordedEvent(SESSION, new StaffId(staffId));
  }

  private static String path(TrainingSessionId session) {
    return "/training-sessions/" + session.value();
  }

  private static List<String> participants(JsonNode session) {
    List<String> shown = new ArrayList<>();
    for (JsonNode p : session.path("participants")) {
      shown.add(
          p.path("staffId").asText()
              + " "
              + p.path("agency").asText()
              + (p.path("attended").asBoolean() ? " attended " : " absent ")
              + (p.path("hoursCompleted").isNumber()
                  ? p.path("hoursCompleted").decimalValue().stripTrailingZeros().toPlainString()
                  : "null")
              + " "
              + p.path("certificateReference").asText());
    }
    return shown;
  }
}
