package mx.bitacora.command.referral;

import static mx.bitacora.command.referral.ReferralTestData.*;

import mx.bitacora.command.occupancy.ShelterOccupancy;
import mx.bitacora.command.occupancy.ShelterPlaces;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

/**
 * The receiving shelter a referral names: registered, open, operated by the receiving agency;
 * issued to one with no free place all the same, the event saying it was full. The fixture's
 * occupancy lookup stands in for the command side's table.
 */
class ReceivingShelterTest {

  @Test
  void issue_recordsTheShelterNotFull_whenAPlaceIsFree() {
    fixtureWith(CAT_PLACES).givenNoPriorActivity().when(issue()).expectEvents(issued());
  }

  @Test
  void issue_isRecorded_andSaysTheShelterWasFull_whenEveryPlaceIsTaken() {
    fixtureWith(new ShelterPlaces(CAT_CANCUN, DIF, 10, 10, false))
        .givenNoPriorActivity()
        .when(issue())
        .expectEvents(issuedToAFullShelter());
  }

  @Test
  void issue_saysTheShelterWasFull_whenItsCapacityWasLoweredBelowThePlacesTaken() {
    fixtureWith(new ShelterPlaces(CAT_CANCUN, DIF, 4, 6, false))
        .givenNoPriorActivity()
        .when(issue())
        .expectEvents(issuedToAFullShelter());
  }

  @Test
  void issue_fails_whenTheShelterIsNotRegistered() {
    expectRejection(
        fixtureWith(new ShelterPlaces(new ShelterId("otro-albergue"), DIF, 10, 0, false))
            .givenNoPriorActivity()
            .when(issue()),
        "REFERRAL_SHELTER_NOT_REGISTERED");
  }

  @Test
  void issue_fails_whenTheShelterIsClosed() {
    expectRejection(
        fixtureWith(new ShelterPlaces(CAT_CANCUN, DIF, 10, 0, true))
            .givenNoPriorActivity()
            .when(issue()),
        "REFERRAL_SHELTER_CLOSED");
  }

  @Test
  void issue_fails_whenAnotherAgencyOperatesTheShelter() {
    expectRejection(
        fixtureWith(new ShelterPlaces(CAT_CANCUN, UNODC, 10, 0, false))
            .givenNoPriorActivity()
            .when(issue()),
        "REFERRAL_SHELTER_NOT_OF_RECEIVER");
  }

  @Test
  void aClosedShelter_isRefused_evenWhenItWasFull() {
    expectRejection(
        fixtureWith(new ShelterPlaces(CAT_CANCUN, DIF, 10, 10, true))
            .givenNoPriorActivity()
            .when(issue()),
        "REFERRAL_SHELTER_CLOSED");
  }

  private static AggregateTestFixture<Referral> fixtureWith(ShelterPlaces shelter) {
    AggregateTestFixture<Referral> fixture = new AggregateTestFixture<>(Referral.class);
    fixture.registerInjectableResource(LIMITS);
    fixture.registerInjectableResource((ShelterOccupancy) occupancyOf(shelter));
    return fixture;
  }

  private static ReferralIssuedEvent issuedToAFullShelter() {
    ReferralIssuedEvent issued = issued();
    return new ReferralIssuedEvent(
        issued.referralId(),
        issued.caseReference(),
        issued.issuingAgency(),
        issued.receivingAgency(),
        issued.receivingShelter(),
        issued.service(),
        issued.urgency(),
        issued.consent(),
        issued.victimDetails(),
        issued.onwardFrom(),
        issued.caseIssuingAgency(),
        issued.issuedAt(),
        true);
  }

  private static void expectRejection(ResultValidator<Referral> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
