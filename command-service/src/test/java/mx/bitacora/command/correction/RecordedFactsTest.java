package mx.bitacora.command.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.platform.problem.RejectedException;
import org.junit.jupiter.api.Test;

/** The correction bookkeeping the aggregates share: which fact a sequence number names, and how. */
class RecordedFactsTest {

  private final RecordedFacts<DeliveryFactKind, String> facts = new RecordedFacts<>();

  @Test
  void standing_namesTheRecordedFact_withItsKindAndValues() {
    facts.recorded(1, "dispatch-id", DeliveryFactKind.DISPATCH, "21 Oct");

    RecordedFacts.Fact<DeliveryFactKind, String> fact = facts.standing(1, 1L);

    assertThat(fact.named()).isEqualTo(new CorrectedFact("dispatch-id", 1));
    assertThat(fact.kind()).isEqualTo(DeliveryFactKind.DISPATCH);
    assertThat(fact.values()).isEqualTo("21 Oct");
  }

  @Test
  void corrected_replacesTheValues_keepingTheKind() {
    facts.recorded(2, "receipt-id", DeliveryFactKind.RECEIPT, "45 kits");

    facts.corrected(new CorrectedFact("receipt-id", 2), "48 kits");

    assertThat(facts.standing(2, 3L).values()).isEqualTo("48 kits");
    assertThat(facts.standing(2, 3L).kind()).isEqualTo(DeliveryFactKind.RECEIPT);
  }

  @Test
  void standing_fails_forASequenceOutsideTheStream() {
    facts.recorded(0, "plan-id", DeliveryFactKind.PLAN);

    assertRejected(() -> facts.standing(1, 0L), "ORIGINAL_FACT_NOT_FOUND");
    assertRejected(() -> facts.standing(-1, 0L), "ORIGINAL_FACT_NOT_FOUND");
    assertRejected(() -> facts.standing(0, null), "ORIGINAL_FACT_NOT_FOUND");
  }

  @Test
  void standing_fails_forAnEventThatRecordedNoCorrectableFact() {
    facts.recorded(0, "plan-id", DeliveryFactKind.PLAN);

    assertRejected(() -> facts.standing(1, 1L), "FACT_NOT_CORRECTABLE");
  }

  @Test
  void aVoidedFact_noLongerStands() {
    facts.recorded(1, "dispatch-id", DeliveryFactKind.DISPATCH);
    facts.recorded(3, "dispatch-again-id", DeliveryFactKind.DISPATCH);

    facts.voided(new CorrectedFact("dispatch-id", 1));

    assertRejected(() -> facts.standing(1, 3L), "FACT_ALREADY_VOIDED");
    assertThat(facts.standingOf(DeliveryFactKind.DISPATCH))
        .map(fact -> fact.sequenceNumber())
        .contains(3L);
    assertThat(facts.standingOf(DeliveryFactKind.RECEIPT)).isEmpty();
  }

  private static void assertRejected(Runnable attempt, String code) {
    assertThatThrownBy(attempt::run)
        .isInstanceOf(RejectedException.class)
        .extracting(e -> ((RejectedException) e).code())
        .isEqualTo(code);
  }
}
