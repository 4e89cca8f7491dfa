package mx.bitacora.query.shelters;

import static mx.bitacora.query.shelters.TestShelters.byStaffOf;
import static mx.bitacora.query.shelters.TestShelters.newAgency;
import static mx.bitacora.query.shelters.TestShelters.newShelter;
import static mx.bitacora.query.shelters.TestShelters.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.junit.jupiter.api.Test;

/**
 * The shelters projection: a shelter's facts, capacity history and closure, training enrolments
 * with their agency; the sealed location copied nowhere; a replay changes and doubles nothing.
 */
class ShelterProjectionTest extends ProjectionTest {

  @Test
  void aRegisteredShelter_showsItsFacts_andEveryCapacityInOrder_andItsClosure() {
    AgencyId dif = newAgency("dif");
    ShelterId cat = newShelter("cat");
    log.append(registered(cat, dif, 24), byStaffOf(dif));
    log.append(new ShelterCapacityChangedEvent(cat, 24, 30), byStaffOf(dif));
    log.append(new ShelterCapacityChangedEvent(cat, 30, 28), byStaffOf(dif));
    log.append(
        new ShelterClosedEvent(cat, LocalDate.of(2023, 3, 31), "Fin del convenio"), byStaffOf(dif));

    await().atMost(LAG).until(() -> row(cat) != null && row(cat).get("closed_on") != null);

    assertThat(row(cat))
        .containsEntry("name", "CAT Cancún")
        .containsEntry("kind", "CAT")
        .containsEntry("operating_agency", dif.value())
        .containsEntry("municipality", "Benito Juárez")
        .containsEntry("state", "Quintana Roo")
        .containsEntry("capacity", 28)
        .containsEntry("serves_minors", true)
        .containsEntry("closed_on", Date.valueOf(LocalDate.of(2023, 3, 31)))
        .containsEntry("closure_reason", "Fin del convenio")
        .containsEntry("last_sequence", 3L);
    assertThat(capacities(cat))
        .extracting(
            c ->
                c.get("sequence_number")
                    + ":"
                    + c.get("previous_capacity")
                    + "→"
                    + c.get("capacity"))
        .containsExactly("0:null→24", "1:24→30", "2:30→28");
  }

  @Test
  void theSealedLocation_isInNoColumnOfAnyReadModelTable() {
    AgencyId dif = newAgency("dif");
    ShelterId refugio = newShelter("refugio");
    log.append(registered(refugio, dif, 12), byStaffOf(dif));
    await().atMost(LAG).until(() -> row(refugio) != null);

    List<String> tables =
        jdbc.queryForList(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'read_model'", String.class);
    assertThat(tables).contains("shelter", "shelter_capacity_change");
    for (String table : tables) {
      Integer holding =
          jdbc.queryForObject(
              "SELECT count(*) FROM read_model." + table + " t WHERE t::text LIKE ?",
              Integer.class,
              "%" + TestShelters.SEALED_LOCATION + "%");
      assertThat(holding).as("rows of read_model.%s holding the sealed location", table).isZero();
    }
  }

  @Test
  void replayingTheWholeLog_restoresWhatWasLost_andChangesAndDoublesNothing() {
    AgencyId dif = newAgency("dif");
    ShelterId cat = newShelter("cat");
    log.append(registered(cat, dif, 24), byStaffOf(dif));
    log.append(new ShelterCapacityChangedEvent(cat, 24, 30), byStaffOf(dif));
    await()
        .atMost(LAG)
        .until(() -> capacities(cat).size() == 2 && row(cat).get("capacity").equals(30));
    List<Map<String, Object>> sheltersBefore = all("shelter", "shelter_id");
    List<Map<String, Object>> capacitiesBefore =
        all("shelter_capacity_change", "shelter_id, sequence_number");
    // Lose a capacity change, so that seeing it again proves the replay really ran.
    jdbc.update(
        "DELETE FROM read_model.shelter_capacity_change WHERE shelter_id = ? AND sequence_number = 1",
        cat.value());

    ShelterId marker = newShelter("marker");
    replayFromTheStart(
        ProcessingGroups.SHELTERS, () -> log.append(registered(marker, dif, 1), byStaffOf(dif)));
    await().atMost(LAG).until(() -> row(marker) != null);

    List<Map<String, Object>> sheltersAfter = all("shelter", "shelter_id");
    sheltersAfter.removeIf(row -> row.get("shelter_id").equals(marker.value()));
    List<Map<String, Object>> capacitiesAfter =
        all("shelter_capacity_change", "shelter_id, sequence_number");
    capacitiesAfter.removeIf(row -> row.get("shelter_id").equals(marker.value()));
    assertThat(sheltersAfter).isEqualTo(sheltersBefore);
    assertThat(capacitiesAfter).isEqualTo(capacitiesBefore);
  }

  private Map<String, Object> row(ShelterId shelter) {
    return rowWhere("shelter", "shelter_id", shelter.value());
  }

  private List<Map<String, Object>> capacities(ShelterId shelter) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.shelter_capacity_change WHERE shelter_id = ?"
            + " ORDER BY sequence_number",
        shelter.value());
  }
}
