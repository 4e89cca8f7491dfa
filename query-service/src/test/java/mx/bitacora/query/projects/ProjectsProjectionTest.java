package mx.bitacora.query.projects;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.opened;
import static mx.bitacora.query.testing.NetworkFacts.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.project.ProjectBeneficiaryAddedEvent;
import mx.bitacora.events.project.ProjectBeneficiaryRemovedEvent;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.junit.jupiter.api.Test;

/**
 * The projects projection: an opening with its parties and beneficiaries, beneficiaries removed and
 * added again, a closure, sessions under the project (and one without a project left out); a replay
 * restores what was lost and changes nothing.
 */
class ProjectsProjectionTest extends ProjectionTest {

  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId SEGOB = new AgencyId("segob");
  private static final ShelterId CAT = new ShelterId("cat-cancun");
  private static final ShelterId REFUGIO = new ShelterId("refugio-qroo");
  private static final ShelterId ALBERGUE = new ShelterId("albergue-merida");

  @Test
  void aProject_keepsItsParties_itsBeneficiariesAsChanged_itsClosure_andItsSessions() {
    ProjectId project = new ProjectId(UUID.randomUUID());
    log.append(opened(project, INL, UNODC, SEGOB, List.of(CAT, REFUGIO)), byStaffOf(SEGOB));
    log.append(new ProjectBeneficiaryRemovedEvent(project, REFUGIO), byStaffOf(SEGOB));
    log.append(new ProjectBeneficiaryAddedEvent(project, ALBERGUE), byStaffOf(SEGOB));
    log.append(new ProjectBeneficiaryRemovedEvent(project, CAT), byStaffOf(SEGOB));
    log.append(new ProjectBeneficiaryAddedEvent(project, CAT), byStaffOf(SEGOB));
    log.append(new ProjectClosedEvent(project, LocalDate.of(2023, 12, 15)), byStaffOf(SEGOB));
    TrainingSessionId session = new TrainingSessionId(UUID.randomUUID());
    log.append(scheduled(session, project, UNODC), byStaffOf(UNODC));
    TrainingSessionId elsewhere = new TrainingSessionId(UUID.randomUUID());
    log.append(scheduled(elsewhere, null, UNODC), byStaffOf(UNODC));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              assertThat(projectRow(project)).containsEntry("last_sequence", 5L);
              assertThat(sessions(project)).hasSize(1);
            });
    Map<String, Object> row = projectRow(project);
    assertThat(row)
        .containsEntry("funder_agency", "inl")
        .containsEntry("implementer_agency", "unodc-mexico")
        .containsEntry("coordinator_agency", "segob");
    assertThat(row.get("closed_on").toString()).isEqualTo("2023-12-15");
    assertThat(row.get("starts_on").toString()).isEqualTo("2022-01-01");
    assertThat(beneficiaries(project))
        .containsExactly("albergue-merida:false", "cat-cancun:false", "refugio-qroo:true");
    assertThat(sessions(project).get(0))
        .containsEntry("training_session_id", session.value())
        .containsEntry("project_id", project.value())
        .containsEntry("trainer_agency", "unodc-mexico")
        .containsEntry("audience", "SHELTER_STAFF")
        .containsEntry("capacity", 20);
  }

  @Test
  void replayingTheWholeLog_restoresWhatWasLost_andChangesAndDoublesNothing() {
    ProjectId project = new ProjectId(UUID.randomUUID());
    log.append(opened(project, INL, UNODC, SEGOB, List.of(CAT)), byStaffOf(SEGOB));
    log.append(new ProjectBeneficiaryRemovedEvent(project, CAT), byStaffOf(SEGOB));
    log.append(
        scheduled(new TrainingSessionId(UUID.randomUUID()), project, UNODC), byStaffOf(UNODC));
    await().atMost(LAG).until(() -> beneficiaries(project).equals(List.of("cat-cancun:true")));
    await().atMost(LAG).until(() -> !sessions(project).isEmpty());
    List<Map<String, Object>> projectsBefore = all("project");
    List<Map<String, Object>> beneficiariesBefore = all("project_beneficiary");
    List<Map<String, Object>> sessionsBefore = all("project_training_session");
    jdbc.update("DELETE FROM read_model.project_training_session");

    ProjectId marker = new ProjectId(UUID.randomUUID());
    replayFromTheStart(
        ProcessingGroups.PROJECTS,
        () -> log.append(opened(marker, INL, UNODC, SEGOB, List.of()), byStaffOf(SEGOB)));
    await().atMost(LAG).until(() -> projectRow(marker) != null);

    List<Map<String, Object>> projectsAfter = all("project");
    projectsAfter.removeIf(r -> r.get("project_id").equals(marker.value()));
    assertThat(projectsAfter).isEqualTo(projectsBefore);
    assertThat(all("project_beneficiary")).isEqualTo(beneficiariesBefore);
    assertThat(all("project_training_session")).isEqualTo(sessionsBefore);
  }

  private Map<String, Object> projectRow(ProjectId project) {
    return rowWhere("project", "project_id", project.value());
  }

  private List<String> beneficiaries(ProjectId project) {
    return jdbc.queryForList(
        "SELECT shelter_id || ':' || removed FROM read_model.project_beneficiary"
            + " WHERE project_id = ? ORDER BY shelter_id",
        String.class,
        project.value());
  }

  private List<Map<String, Object>> sessions(ProjectId project) {
    return jdbc.queryForList(
        "SELECT * FROM read_model.project_training_session WHERE project_id = ?", project.value());
  }

  private List<Map<String, Object>> all(String table) {
    return all(table, "1, 2");
  }
}
