package mx.bitacora.command.shelter;

import java.time.LocalDate;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.shelter.EncryptedLocation;
import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterKind;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShelterTest {

  private static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId OPS = new AgencyId("bitacora-ops");
  private static final Set<Role> STAFF = Set.of(Role.AGENCY_STAFF);
  private static final Set<Role> ADMIN = Set.of(Role.PLATFORM_ADMIN);
  private static final LocalDate CLOSED_ON = LocalDate.of(2024, 3, 31);

  private AggregateTestFixture<Shelter> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Shelter.class);
  }

  @Test
  void register_recordsTheShelter_whenTheOperatingAgencysStaffRegisters() {
    fixture
        .givenNoPriorActivity()
        .when(register(DIF, STAFF, 24))
        .expectSuccessfulHandlerExecution()
        .expectEvents(registered());
  }

  @Test
  void register_recordsARefugiosLocation_onlyAsSealed() {
    ShelterId refugio = new ShelterId("refugio-sureste");
    EncryptedLocation sealed = new EncryptedLocation("c2VsbGFkbw==");

    fixture
        .givenNoPriorActivity()
        .when(
            new RegisterShelterCommand(
                refugio,
                DIF,
                STAFF,
                "Refugio Sureste",
                ShelterKind.REFUGIO,
                DIF,
                "Benito Juárez",
                "Quintana Roo",
                12,
                false,
                sealed,
                "ZGlnZXN0"))
        .expectEvents(
            new ShelterRegisteredEvent(
                refugio,
                "Refugio Sureste",
                ShelterKind.REFUGIO,
                DIF,
                "Benito Juárez",
                "Quintana Roo",
                12,
                false,
                sealed));
  }

  @Test
  void register_succeeds_forAPlatformAdministrator() {
    fixture.givenNoPriorActivity().when(register(OPS, ADMIN, 24)).expectEvents(registered());
  }

  @Test
  void register_fails_whenStaffOfAnotherAgencyRegisters() {
    expectRejection(
        fixture.givenNoPriorActivity().when(register(UNODC, STAFF, 24)),
        "NOT_THE_OPERATING_AGENCY");
  }

  @Test
  void register_fails_whenTheOperatingAgencysUserIsNotStaff() {
    expectRejection(
        fixture.givenNoPriorActivity().when(register(DIF, Set.of(Role.COMMISSION_AUDITOR), 24)),
        "NOT_THE_OPERATING_AGENCY");
  }

  @Test
  void register_fails_whenTheCommandCarriesNoRoles() {
    expectRejection(
        fixture.givenNoPriorActivity().when(register(DIF, null, 24)), "NOT_THE_OPERATING_AGENCY");
  }

  @Test
  void register_fails_whenCapacityIsNotPositive() {
    expectRejection(
        fixture.givenNoPriorActivity().when(register(DIF, STAFF, 0)), "NON_POSITIVE_CAPACITY");
  }

  @Test
  void changeCapacity_recordsOldAndNewCapacity() {
    fixture
        .given(registered())
        .when(new ChangeShelterCapacityCommand(CAT_CANCUN, DIF, 30))
        .expectEvents(new ShelterCapacityChangedEvent(CAT_CANCUN, 24, 30));
  }

  @Test
  void changeCapacity_fails_whenNotPositive() {
    expectRejection(
        fixture.given(registered()).when(new ChangeShelterCapacityCommand(CAT_CANCUN, DIF, -1)),
        "NON_POSITIVE_CAPACITY");
  }

  @Test
  void changeCapacity_fails_whenUnchanged() {
    expectRejection(
        fixture
            .given(registered(), new ShelterCapacityChangedEvent(CAT_CANCUN, 24, 30))
            .when(new ChangeShelterCapacityCommand(CAT_CANCUN, DIF, 30)),
        "CAPACITY_UNCHANGED");
  }

  @Test
  void changeCapacity_fails_asForAnUnknownShelter_whenNotTheOperatingAgency() {
    expectRejection(
        fixture.given(registered()).when(new ChangeShelterCapacityCommand(CAT_CANCUN, UNODC, 30)),
        "SHELTER_NOT_FOUND");
  }

  @Test
  void close_recordsDateAndReason() {
    fixture
        .given(registered())
        .when(new CloseShelterCommand(CAT_CANCUN, DIF, CLOSED_ON, "Fin del convenio"))
        .expectEvents(closed());
  }

  @Test
  void close_fails_asForAnUnknownShelter_whenNotTheOperatingAgency() {
    expectRejection(
        fixture
            .given(registered())
            .when(new CloseShelterCommand(CAT_CANCUN, UNODC, CLOSED_ON, "no")),
        "SHELTER_NOT_FOUND");
  }

  @Test
  void nothing_isRecorded_afterClosing() {
    expectRejection(
        fixture
            .given(registered(), closed())
            .when(new ChangeShelterCapacityCommand(CAT_CANCUN, DIF, 30)),
        "SHELTER_CLOSED");
    expectRejection(
        fixture
            .given(registered(), closed())
            .when(new CloseShelterCommand(CAT_CANCUN, DIF, CLOSED_ON, "otra vez")),
        "SHELTER_CLOSED");
  }

  @Test
  void aClosedShelter_isStillUnknown_toAnotherAgency() {
    expectRejection(
        fixture
            .given(registered(), closed())
            .when(new CloseShelterCommand(CAT_CANCUN, UNODC, CLOSED_ON, "otra vez")),
        "SHELTER_NOT_FOUND");
  }

  private static RegisterShelterCommand register(
      AgencyId actingAgency, Set<Role> roles, int capacity) {
    return new RegisterShelterCommand(
        CAT_CANCUN,
        actingAgency,
        roles,
        "CAT Cancún",
        ShelterKind.CAT,
        DIF,
        "Benito Juárez",
        "Quintana Roo",
        capacity,
        true,
        null,
        null);
  }

  private static ShelterRegisteredEvent registered() {
    return new ShelterRegisteredEvent(
        CAT_CANCUN,
        "CAT Cancún",
        ShelterKind.CAT,
        DIF,
        "Benito Juárez",
        "Quintana Roo",
        24,
        true,
        null);
  }

  private static ShelterClosedEvent closed() {
    return new ShelterClosedEvent(CAT_CANCUN, CLOSED_ON, "Fin del convenio");
  }

  private static void expectRejection(ResultValidator<Shelter> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
