package mx.bitacora.command.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.project.ProjectBeneficiaryAddedEvent;
import mx.bitacora.events.project.ProjectBeneficiaryRemovedEvent;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shelter-strengthening project: INL funds, UNODC implements, SEGOB coordinates. */
class ProjectTest {

  private static final ProjectId PROJECT =
      new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000aa"));
  private static final String NAME =
      "Fortalecimiento de Albergues, Refugios y Casas de Medio Camino";
  private static final AgencyId INL = new AgencyId("inl");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId SEGOB = new AgencyId("segob");
  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  private static final ShelterId REFUGIO = new ShelterId("refugio-sureste");
  private static final LocalDate STARTS_ON = LocalDate.of(2022, 1, 1);
  private static final LocalDate ENDS_ON = LocalDate.of(2023, 12, 31);

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  @Test
  void open_recordsTheProject() {
    fixture
        .givenNoPriorActivity()
        .when(open(UNODC, List.of(CAT_CANCUN), ENDS_ON))
        .expectSuccessfulHandlerExecution()
        .expectEvents(opened());
  }

  @Test
  void open_succeeds_forFunderAndCoordinator_andWithoutBeneficiaries() {
    fixture
        .givenNoPriorActivity()
        .when(open(INL, List.of(), ENDS_ON))
        .expectEvents(
            new ProjectOpenedEvent(
                PROJECT, NAME, INL, UNODC, SEGOB, List.of(), STARTS_ON, ENDS_ON));
    fixture
        .givenNoPriorActivity()
        .when(open(SEGOB, List.of(CAT_CANCUN), ENDS_ON))
        .expectEvents(opened());
  }

  @Test
  void open_succeeds_whenTheProjectRunsOneDay() {
    fixture
        .givenNoPriorActivity()
        .when(open(UNODC, List.of(), STARTS_ON))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void open_fails_whenTheOpenerIsNotAParty() {
    expectRejection(
        fixture.givenNoPriorActivity().when(open(FISCALIA, List.of(), ENDS_ON)),
        "NOT_A_PROJECT_PARTY");
  }

  @Test
  void open_fails_whenTheProjectEndsBeforeItStarts() {
    expectRejection(
        fixture.givenNoPriorActivity().when(open(UNODC, List.of(), STARTS_ON.minusDays(1))),
        "PROJECT_ENDS_BEFORE_START");
  }

  @Test
  void open_fails_whenAShelterIsNamedTwice() {
    expectRejection(
        fixture.givenNoPriorActivity().when(open(UNODC, List.of(CAT_CANCUN, CAT_CANCUN), ENDS_ON)),
        "SHELTER_ALREADY_BENEFICIARY");
  }

  @Test
  void addBeneficiary_recordsTheShelter() {
    fixture
        .given(opened())
        .when(new AddBeneficiaryShelterCommand(PROJECT, SEGOB, REFUGIO))
        .expectEvents(new ProjectBeneficiaryAddedEvent(PROJECT, REFUGIO));
  }

  @Test
  void addBeneficiary_fails_whenAlreadyABeneficiary() {
    expectRejection(
        fixture.given(opened()).when(new AddBeneficiaryShelterCommand(PROJECT, UNODC, CAT_CANCUN)),
        "SHELTER_ALREADY_BENEFICIARY");
  }

  @Test
  void addBeneficiary_answersNotFound_toAnAgencyNotPartyToTheProject() {
    expectRejection(
        fixture.given(opened()).when(new AddBeneficiaryShelterCommand(PROJECT, FISCALIA, REFUGIO)),
        "PROJECT_NOT_FOUND");
  }

  @Test
  void removeBeneficiary_recordsTheRemoval() {
    fixture
        .given(opened())
        .when(new RemoveBeneficiaryShelterCommand(PROJECT, INL, CAT_CANCUN))
        .expectEvents(new ProjectBeneficiaryRemovedEvent(PROJECT, CAT_CANCUN));
  }

  @Test
  void removeBeneficiary_fails_whenNotABeneficiary() {
    expectRejection(
        fixture
            .given(opened(), new ProjectBeneficiaryRemovedEvent(PROJECT, CAT_CANCUN))
            .when(new RemoveBeneficiaryShelterCommand(PROJECT, UNODC, CAT_CANCUN)),
        "SHELTER_NOT_A_BENEFICIARY");
  }

  @Test
  void removeBeneficiary_answersNotFound_toAnAgencyNotPartyToTheProject() {
    expectRejection(
        fixture
            .given(opened())
            .when(new RemoveBeneficiaryShelterCommand(PROJECT, FISCALIA, CAT_CANCUN)),
        "PROJECT_NOT_FOUND");
  }

  @Test
  void close_recordsTheDate() {
    fixture
        .given(opened())
        .when(new CloseProjectCommand(PROJECT, UNODC, ENDS_ON))
        .expectEvents(new ProjectClosedEvent(PROJECT, ENDS_ON));
  }

  @Test
  void close_fails_whenDatedBeforeTheStart() {
    expectRejection(
        fixture
            .given(opened())
            .when(new CloseProjectCommand(PROJECT, UNODC, STARTS_ON.minusDays(1))),
        "PROJECT_CLOSED_BEFORE_START");
  }

  @Test
  void close_answersNotFound_toAnAgencyNotPartyToTheProject() {
    expectRejection(
        fixture.given(opened()).when(new CloseProjectCommand(PROJECT, FISCALIA, ENDS_ON)),
        "PROJECT_NOT_FOUND");
  }

  @Test
  void nothing_isRecorded_afterClosing() {
    ProjectClosedEvent closed = new ProjectClosedEvent(PROJECT, ENDS_ON);
    expectRejection(
        fixture
            .given(opened(), closed)
            .when(new AddBeneficiaryShelterCommand(PROJECT, UNODC, REFUGIO)),
        "PROJECT_CLOSED");
    expectRejection(
        fixture
            .given(opened(), closed)
            .when(new RemoveBeneficiaryShelterCommand(PROJECT, UNODC, CAT_CANCUN)),
        "PROJECT_CLOSED");
    expectRejection(
        fixture.given(opened(), closed).when(new CloseProjectCommand(PROJECT, UNODC, ENDS_ON)),
        "PROJECT_CLOSED");
  }

  private static OpenProjectCommand open(
      AgencyId actingAgency, List<ShelterId> shelters, LocalDate endsOn) {
    return new OpenProjectCommand(
        PROJECT, actingAgency, NAME, INL, UNODC, SEGOB, shelters, STARTS_ON, endsOn);
  }

  private static ProjectOpenedEvent opened() {
    return new ProjectOpenedEvent(
        PROJECT, NAME, INL, UNODC, SEGOB, List.of(CAT_CANCUN), STARTS_ON, ENDS_ON);
  }

  private static void expectRejection(ResultValidator<Project> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
