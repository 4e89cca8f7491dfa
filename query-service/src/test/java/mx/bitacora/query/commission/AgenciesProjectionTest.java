package mx.bitacora.query.commission;

import static mx.bitacora.query.testing.NetworkFacts.byAdmin;
import static mx.bitacora.query.testing.NetworkFacts.newAgency;
import static mx.bitacora.query.testing.NetworkFacts.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import mx.bitacora.events.agency.AgencyDeactivatedEvent;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.junit.jupiter.api.Test;

/** The agencies projection: agency events appended to the event store become one row each. */
@OwnContext
class AgenciesProjectionTest extends ProjectionTest {

  @Test
  void registeredRenamedAndDeactivatedAgencies_areOneRowEach_withTheirLevelAndState() {
    AgencyId dif = newAgency("dif");
    AgencyId segob = newAgency("segob");
    log.append(
        registered(dif, "DIF Benito Juárez", "DIF BJ", AgencyLevel.MUNICIPAL, "Quintana Roo"),
        byAdmin());
    log.append(
        registered(segob, "Secretaría de Gobernación", "SEGOB", AgencyLevel.FEDERAL, null),
        byAdmin());
    log.append(new AgencyRenamedEvent(dif, "Sistema DIF Benito Juárez", "SDIF BJ"), byAdmin());
    log.append(new AgencyDeactivatedEvent(segob, "Fusionada"), byAdmin());

    Map<String, Object> difRow = awaitRow(dif, 1);
    Map<String, Object> segobRow = awaitRow(segob, 1);

    assertThat(difRow)
        .containsEntry("name", "Sistema DIF Benito Juárez")
        .containsEntry("acronym", "SDIF BJ")
        .containsEntry("kind", "MUNICIPAL")
        .containsEntry("level", "MUNICIPAL")
        .containsEntry("state", "Quintana Roo")
        .containsEntry("active", true);
    assertThat(segobRow)
        .containsEntry("name", "Secretaría de Gobernación")
        .containsEntry("kind", "FEDERAL")
        .containsEntry("state", null)
        .containsEntry("active", false)
        .containsEntry("deactivation_reason", "Fusionada");
  }

  @Test
  void replayingTheWholeLog_restoresWhatWasLost_andChangesAndDoublesNothing() {
    AgencyId fiscalia = newAgency("fiscalia");
    log.append(
        registered(fiscalia, "Fiscalía de Quintana Roo", "FGE", AgencyLevel.STATE, "Quintana Roo"),
        byAdmin());
    log.append(
        new AgencyRenamedEvent(fiscalia, "Fiscalía General de Q. Roo", "FGE QROO"), byAdmin());
    awaitRow(fiscalia, 1);
    List<Map<String, Object>> before = allRows();
    // Lose one row, so that seeing it again proves the replay really ran.
    jdbc.update("DELETE FROM read_model.agency WHERE agency_id = ?", fiscalia.value());

    AgencyId marker = newAgency("marker");
    replayFromTheStart(
        ProcessingGroups.AGENCIES,
        () ->
            log.append(registered(marker, "Marcador", "M", AgencyLevel.FEDERAL, null), byAdmin()));
    awaitRow(marker, 0);

    List<Map<String, Object>> after = allRows();
    after.removeIf(row -> row.get("agency_id").equals(marker.value()));
    assertThat(after).isEqualTo(before);
  }

  /** The agency's row once it has applied the event at {@code sequence}. */
  private Map<String, Object> awaitRow(AgencyId agency, long sequence) {
    await()
        .atMost(LAG)
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM read_model.agency"
                            + " WHERE agency_id = ? AND last_sequence = ?",
                        Integer.class,
                        agency.value(),
                        sequence)
                    == 1);
    return jdbc.queryForMap("SELECT * FROM read_model.agency WHERE agency_id = ?", agency.value());
  }

  private List<Map<String, Object>> allRows() {
    return all("agency", "agency_id");
  }
}
