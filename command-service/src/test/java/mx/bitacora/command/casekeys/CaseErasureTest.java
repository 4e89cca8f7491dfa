package mx.bitacora.command.casekeys;

import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseErasureTest {

  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  private static final AgencyCase CASE =
      new AgencyCase(FISCALIA, new CaseReference("QROO-2022-0147"));
  private static final AgencyCase OTHER_AGENCYS_CASE = new AgencyCase(DIF, CASE.caseReference());

  private final InMemoryCaseKeys keys = new InMemoryCaseKeys();
  private AggregateTestFixture<CaseErasure> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(CaseErasure.class);
    fixture.registerInjectableResource(keys);
  }

  @Test
  void erase_destroysTheKey_andRecordsIt() {
    keys.storeIfAbsent(CASE, new byte[] {1, 2, 3});

    fixture
        .givenNoPriorActivity()
        .when(new EraseCaseCommand(CASE))
        .expectEvents(new CaseErasedEvent(CASE.caseReference(), FISCALIA))
        .expectState(state -> org.assertj.core.api.Assertions.assertThat(keys.keys).isEmpty());
  }

  @Test
  void erase_answersNotFound_forACaseWithoutKey() {
    fixture
        .givenNoPriorActivity()
        .when(new EraseCaseCommand(CASE))
        .expectNoEvents()
        .expectException(RejectedException.class)
        .expectExceptionMessage("CASE_NOT_FOUND");
  }

  @Test
  void erase_fails_whenTheCaseWasAlreadyErased() {
    keys.storeIfAbsent(CASE, new byte[] {1, 2, 3});
    keys.destroy(CASE);

    fixture
        .givenNoPriorActivity()
        .when(new EraseCaseCommand(CASE))
        .expectNoEvents()
        .expectException(RejectedException.class)
        .expectExceptionMessage("CASE_ALREADY_ERASED");
  }

  @Test
  void erase_destroysOnlyTheNamedAgencysCase() {
    keys.storeIfAbsent(CASE, new byte[] {1, 2, 3});
    keys.storeIfAbsent(OTHER_AGENCYS_CASE, new byte[] {4, 5, 6});

    fixture
        .givenNoPriorActivity()
        .when(new EraseCaseCommand(OTHER_AGENCYS_CASE))
        .expectEvents(new CaseErasedEvent(CASE.caseReference(), DIF))
        .expectState(
            state -> {
              org.assertj.core.api.Assertions.assertThat(keys.wrappedKey(CASE)).isPresent();
              org.assertj.core.api.Assertions.assertThat(keys.isErased(CASE)).isFalse();
            });
  }

  @Test
  void erase_answersNotFound_forAnAgencyWithoutACaseUnderTheReference() {
    keys.storeIfAbsent(CASE, new byte[] {1, 2, 3});

    fixture
        .givenNoPriorActivity()
        .when(new EraseCaseCommand(OTHER_AGENCYS_CASE))
        .expectNoEvents()
        .expectException(RejectedException.class)
        .expectExceptionMessage("CASE_NOT_FOUND");
  }
}
