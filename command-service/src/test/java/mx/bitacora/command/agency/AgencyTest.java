package mx.bitacora.command.agency;

import java.util.Set;
import mx.bitacora.events.agency.AgencyDeactivatedEvent;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgencyTest {

  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final Set<Role> ADMIN = Set.of(Role.PLATFORM_ADMIN);
  private static final Set<Role> STAFF = Set.of(Role.AGENCY_STAFF);
  private static final String NAME = "DIF Municipal de Benito Juárez";

  private AggregateTestFixture<Agency> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Agency.class);
  }

  @Test
  void register_recordsTheAgency() {
    fixture
        .givenNoPriorActivity()
        .when(register(ADMIN, AgencyLevel.MUNICIPAL, "Quintana Roo"))
        .expectSuccessfulHandlerExecution()
        .expectEvents(registered());
  }

  @Test
  void register_succeeds_withoutStateForAFederalAgency() {
    AgencyId segob = new AgencyId("segob");
    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterAgencyCommand(
                segob,
                ADMIN,
                "Secretaría de Gobernación",
                "SEGOB",
                AgencyKind.FEDERAL,
                AgencyLevel.FEDERAL,
                null))
        .expectEvents(
            new AgencyRegisteredEvent(
                segob,
                "Secretaría de Gobernación",
                "SEGOB",
                AgencyKind.FEDERAL,
                AgencyLevel.FEDERAL,
                null));
  }

  @Test
  void register_fails_whenNotAdministrator() {
    expectRejection(
        fixture.givenNoPriorActivity().when(register(STAFF, AgencyLevel.MUNICIPAL, "Quintana Roo")),
        "NOT_A_PLATFORM_ADMINISTRATOR");
  }

  @Test
  void register_fails_whenAStateOrMunicipalAgencyNamesNoState() {
    expectRejection(
        fixture.givenNoPriorActivity().when(register(ADMIN, AgencyLevel.MUNICIPAL, null)),
        "AGENCY_STATE_REQUIRED");
  }

  @Test
  void rename_recordsTheNewName() {
    fixture
        .given(registered())
        .when(new RenameAgencyCommand(DIF, ADMIN, "DIF Benito Juárez", "DIF BJ"))
        .expectEvents(new AgencyRenamedEvent(DIF, "DIF Benito Juárez", "DIF BJ"));
  }

  @Test
  void rename_fails_whenNotAdministrator() {
    expectRejection(
        fixture
            .given(registered())
            .when(new RenameAgencyCommand(DIF, STAFF, "DIF Benito Juárez", "DIF BJ")),
        "NOT_A_PLATFORM_ADMINISTRATOR");
  }

  @Test
  void rename_fails_afterDeactivation() {
    expectRejection(
        fixture
            .given(registered(), deactivated())
            .when(new RenameAgencyCommand(DIF, ADMIN, "DIF Benito Juárez", "DIF BJ")),
        "AGENCY_DEACTIVATED");
  }

  @Test
  void deactivate_recordsTheReason() {
    fixture
        .given(registered())
        .when(new DeactivateAgencyCommand(DIF, ADMIN, "Fusionada con el DIF estatal"))
        .expectEvents(deactivated());
  }

  @Test
  void deactivate_fails_whenNotAdministrator() {
    expectRejection(
        fixture.given(registered()).when(new DeactivateAgencyCommand(DIF, STAFF, "no")),
        "NOT_A_PLATFORM_ADMINISTRATOR");
  }

  @Test
  void deactivate_fails_afterDeactivation() {
    expectRejection(
        fixture
            .given(registered(), deactivated())
            .when(new DeactivateAgencyCommand(DIF, ADMIN, "otra vez")),
        "AGENCY_DEACTIVATED");
  }

  private static RegisterAgencyCommand register(Set<Role> roles, AgencyLevel level, String state) {
    return new RegisterAgencyCommand(
        DIF, roles, NAME, "DIF BJ", AgencyKind.MUNICIPAL, level, state);
  }

  private static AgencyRegisteredEvent registered() {
    return new AgencyRegisteredEvent(
        DIF, NAME, "DIF BJ", AgencyKind.MUNICIPAL, AgencyLevel.MUNICIPAL, "Quintana Roo");
  }

  private static AgencyDeactivatedEvent deactivated() {
    return new AgencyDeactivatedEvent(DIF, "Fusionada con el DIF estatal");
  }

  private static void expectRejection(ResultValidator<Agency> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
