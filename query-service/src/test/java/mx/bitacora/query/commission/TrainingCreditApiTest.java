package mx.bitacora.query.commission;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.completed;
import static mx.bitacora.query.testing.NetworkFacts.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.events.training.TrainingSessionScheduledEvent;
import mx.bitacora.query.testing.ApiTest;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session for shelter staff and prosecutors together, as the Cancún one was: its completions
 * count under each of its audiences, and are credited both to the trainer agency and to each
 * trainee's own agency. Agencies of its own, so the shared context's other records don't count.
 */
class TrainingCreditApiTest extends ApiTest {

  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000);
  private static final AgencyId TRAINER = new AgencyId("trainer-" + RUN);
  private static final AgencyId SHELTER_AGENCY = new AgencyId("dif-tc-" + RUN);
  private static final AgencyId PROSECUTORS = new AgencyId("fiscalia-tc-" + RUN);

  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  @BeforeAll
  void recordTheSession() {
    TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
    log.append(
        new TrainingSessionScheduledEvent(
            session,
            null,
            "Atención especializada (personal de albergues y fiscalías)",
            TRAINER,
            TrainingAudience.SHELTER_STAFF,
            new BigDecimal("8"),
            LocalDate.of(2022, 10, 25),
            "Cancún",
            30,
            List.of(TrainingAudience.SHELTER_STAFF, TrainingAudience.PROSECUTORS)),
        byStaffOf(TRAINER));
    log.append(enrolled(session, "dif-tc-0001", SHELTER_AGENCY), byStaffOf(TRAINER));
    log.append(enrolled(session, "dif-tc-0002", SHELTER_AGENCY), byStaffOf(TRAINER));
    log.append(enrolled(session, "fge-tc-0001", PROSECUTORS), byStaffOf(TRAINER));
    log.append(completed(session, "dif-tc-0001"), byStaffOf(TRAINER));
    log.append(completed(session, "dif-tc-0002"), byStaffOf(TRAINER));
    log.append(completed(session, "fge-tc-0001"), byStaffOf(TRAINER));
    await()
        .atMost(LAG)
        .until(
            () ->
                figures(PROSECUTORS).path("trainingCompletionsReceived").asLong() == 1
                    && figures(TRAINER).path("trainingCompletionsGiven").asLong() == 3);
  }

  @Test
  void completionsAreCreditedToTheTrainer_andToTheTraineesAgencies() {
    JsonNode trainer = figures(TRAINER);
    assertThat(trainer.get("trainingCompletionsGiven").asLong()).isEqualTo(3);
    assertThat(trainer.get("trainingCompletionsReceived").asLong()).isZero();
    assertThat(figures(SHELTER_AGENCY).get("trainingCompletionsReceived").asLong()).isEqualTo(2);
    assertThat(figures(SHELTER_AGENCY).get("trainingCompletionsGiven").asLong()).isZero();
    assertThat(figures(PROSECUTORS).get("trainingCompletionsReceived").asLong()).isEqualTo(1);
  }

  @Test
  void aSessionForSeveralAudiences_countsUnderEach_neverAsOther() {
    assertThat(figures(TRAINER).get("trainingCompletionsByAudience").toString())
        .isEqualTo("{\"SHELTER_STAFF\":3,\"PROSECUTORS\":3,\"OTHER\":0}");
  }

  @Test
  void fromAndTo_countWhatHappenedWithin_byBusinessTime() {
    // Held on 25 October 2022, recorded now: counted in October 2022, not in the month recorded.
    JsonNode october = figures(TRAINER, "?from=2022-10-01T00:00:00Z&to=2022-11-01T00:00:00Z");
    assertThat(october.get("trainingCompletionsGiven").asLong()).isEqualTo(3);
    JsonNode november = figures(TRAINER, "?from=2022-11-01T00:00:00Z&to=2022-12-01T00:00:00Z");
    // (An unregistered agency with nothing to count in the period has no group at all.)
    assertThat(november.path("trainingCompletionsGiven").asLong()).isZero();
    assertThat(
            api.get("/commission/overview?from=2022-11-01T00:00:00Z", auditor)
                .body()
                .get("from")
                .asText())
        .isEqualTo("2022-11-01T00:00:00Z");
    assertProblem(
        api.get("/commission/overview?from=2022-12-01T00:00:00Z&to=2022-11-01T00:00:00Z", auditor),
        400,
        "INVALID_PARAMETER");
  }

  private JsonNode figures(AgencyId agency) {
    return figures(agency, "");
  }

  private JsonNode figures(AgencyId agency, String query) {
    for (JsonNode group : api.get("/commission/overview" + query, auditor).body().path("groups")) {
      if (agency.value().equals(group.path("agencyId").asText())) {
        return group.path("figures");
      }
    }
    return api.get("/commission/overview", auditor).body().path("none");
  }
}
