package mx.bitacora.command.casekeys;

import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseErasureTest {

  private static final CaseReference CASE = new CaseReference("QROO-2022-0147");

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
        .expectEvents(new CaseErasedEvent(CASE))
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
}
