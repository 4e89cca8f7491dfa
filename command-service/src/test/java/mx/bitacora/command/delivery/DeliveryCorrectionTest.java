package mx.bitacora.command.delivery;

import static mx.bitacora.command.CorrectionMatchers.onlyEventLike;
import static mx.bitacora.command.CorrectionMatchers.original;
import static mx.bitacora.command.delivery.DeliveryTestData.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Corrections and voidings of single delivery facts: each a new event naming its original. */
class DeliveryCorrectionTest {

  private static final String REASON = "Error de captura";
  private static final ItemDiscrepancy FIVE_DAMAGED =
      new ItemDiscrepancy(2, new BigDecimal("45"), "5 kits dañados");
  private static final ItemDiscrepancy SIX_DAMAGED =
      new ItemDiscrepancy(2, new BigDecimal("44"), "6 kits dañados");
  private static final LocalDate NEXT_DAY = OCCURRED_ON.plusDays(1);

  private AggregateTestFixture<Delivery> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Delivery.class);
    fixture.registerInjectableResource(DeliveryTestData.SHELTERS);
  }

  // Sequence numbers: 0 planned, 1 dispatched, 2 received.
  private static DeliveryReceiptAcknowledgedEvent received() {
    return new DeliveryReceiptAcknowledgedEvent(
        DELIVERY, new Official("Responsable del CAT", DIF), OCCURRED_ON, List.of(FIVE_DAMAGED));
  }

  private static CorrectDeliveryFactCommand correctReceipt(
      long sequence, List<ItemDiscrepancy> discrepancies) {
    return new CorrectDeliveryFactCommand(
        DELIVERY, DIF, sequence, REASON, null, null, null, null, discrepancies);
  }

  private static CorrectDeliveryFactCommand correctPlan(
      LocalDate occurredOn, List<PlannedQuantity> quantities) {
    return new CorrectDeliveryFactCommand(
        DELIVERY, UNODC, 0, REASON, occurredOn, quantities, null, null, null);
  }

  private static CorrectDeliveryFactCommand correctDispatch(LocalDate dispatchedOn) {
    return new CorrectDeliveryFactCommand(
        DELIVERY, SEGOB, 1, REASON, null, null, dispatchedOn, null, null);
  }

  @Test
  void correctReceipt_recordsTheCorrectedQuantities_namingTheOriginal() {
    fixture
        .given(planned(), dispatched(), received())
        .when(correctReceipt(2, List.of(SIX_DAMAGED)))
        .expectEventsMatching(
            onlyEventLike(
                new DeliveryFactCorrectedEvent(
                    DELIVERY,
                    original(2),
                    DeliveryFactKind.RECEIPT,
                    REASON,
                    OCCURRED_ON,
                    null,
                    List.of(SIX_DAMAGED))));
  }

  @Test
  void correctReceipt_mayChangeTheDateOnly_keepingTheDiscrepancies() {
    fixture
        .given(planned(), dispatched(), received())
        .when(
            new CorrectDeliveryFactCommand(
                DELIVERY, DIF, 2, REASON, null, null, null, NEXT_DAY, null))
        .expectEventsMatching(
            onlyEventLike(
                new DeliveryFactCorrectedEvent(
                    DELIVERY,
                    original(2),
                    DeliveryFactKind.RECEIPT,
                    REASON,
                    NEXT_DAY,
                    null,
                    List.of(FIVE_DAMAGED))));
  }

  @Test
  void correctReceipt_fails_forAnAgencyOtherThanTheReceivingOne() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(
                new CorrectDeliveryFactCommand(
                    DELIVERY, UNODC, 2, REASON, null, null, null, null, List.of())),
        "NOT_THE_RECEIVING_AGENCY");
  }

  @Test
  void correctReceipt_fails_whenADiscrepancyNamesAnUnknownLine() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(
                correctReceipt(
                    2, List.of(new ItemDiscrepancy(9, BigDecimal.ONE, "línea inexistente")))),
        "UNKNOWN_DELIVERY_LINE");
  }

  @Test
  void correctReceipt_fails_whenTheDateFallsBeforeTheDispatch() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(
                new CorrectDeliveryFactCommand(
                    DELIVERY, DIF, 2, REASON, null, null, null, OCCURRED_ON.minusDays(1), null)),
        "RECEIPT_BEFORE_DISPATCH");
  }

  @Test
  void correction_fails_whenItChangesNothing() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(correctReceipt(2, List.of(FIVE_DAMAGED))),
        "CORRECTION_CHANGES_NOTHING");
  }

  @Test
  void correction_fails_whenItGivesFieldsOfAnotherKindOfFact() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(
                new CorrectDeliveryFactCommand(
                    DELIVERY, DIF, 2, REASON, null, null, NEXT_DAY, null, null)),
        "CORRECTION_FIELDS_DO_NOT_APPLY");
  }

  @Test
  void correctPlan_recordsTheCorrectedLinesAndDate() {
    List<DeliveryItem> corrected =
        List.of(ITEMS.get(0), new DeliveryItem(2, "Kits de higiene", new BigDecimal("40"), "kit"));
    fixture
        .given(planned())
        .when(correctPlan(NEXT_DAY, List.of(new PlannedQuantity(2, new BigDecimal("40")))))
        .expectEventsMatching(
            onlyEventLike(
                new DeliveryFactCorrectedEvent(
                    DELIVERY,
                    original(0),
                    DeliveryFactKind.PLAN,
                    REASON,
                    NEXT_DAY,
                    corrected,
                    null)));
  }

  @Test
  void correctPlan_fails_whenAQuantityIsNotPositive() {
    expectRejection(
        fixture
            .given(planned())
            .when(correctPlan(null, List.of(new PlannedQuantity(1, BigDecimal.ZERO)))),
        "NON_POSITIVE_QUANTITY");
  }

  @Test
  void correctPlan_fails_whenALineIsNamedTwice() {
    expectRejection(
        fixture
            .given(planned())
            .when(
                correctPlan(
                    null,
                    List.of(
                        new PlannedQuantity(1, BigDecimal.ONE),
                        new PlannedQuantity(1, BigDecimal.TEN)))),
        "DUPLICATE_CORRECTED_LINE");
  }

  @Test
  void correctPlan_fails_forTheReceivingAgency() {
    expectRejection(
        fixture
            .given(planned())
            .when(
                new CorrectDeliveryFactCommand(
                    DELIVERY, DIF, 0, REASON, NEXT_DAY, null, null, null, null)),
        "NOT_A_PLANNING_AGENCY");
  }

  @Test
  void correctDispatch_recordsTheCorrectedDate() {
    fixture
        .given(planned(), dispatched())
        .when(correctDispatch(NEXT_DAY))
        .expectEventsMatching(
            onlyEventLike(
                new DeliveryFactCorrectedEvent(
                    DELIVERY,
                    original(1),
                    DeliveryFactKind.DISPATCH,
                    REASON,
                    NEXT_DAY,
                    null,
                    null)));
  }

  @Test
  void correctDispatch_fails_whenItWouldFallAfterTheReceipt() {
    expectRejection(
        fixture.given(planned(), dispatched(), received()).when(correctDispatch(NEXT_DAY)),
        "RECEIPT_BEFORE_DISPATCH");
  }

  @Test
  void aCorrectedReceipt_isWhatTheNextCorrectionComparesWith() {
    fixture
        .given(planned(), dispatched(), received())
        .andGivenCommands(correctReceipt(2, List.of(SIX_DAMAGED)))
        .when(correctReceipt(2, List.of(SIX_DAMAGED)))
        .expectException(RejectedException.class)
        .expectExceptionMessage("CORRECTION_CHANGES_NOTHING");
  }

  @Test
  void correction_fails_whenTheOriginalIsNotInThisDeliverysHistory() {
    expectRejection(
        fixture.given(planned(), dispatched()).when(correctReceipt(7, List.of())),
        "ORIGINAL_FACT_NOT_FOUND");
  }

  @Test
  void correction_fails_whenTheOriginalIsItselfACorrection() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .andGivenCommands(correctReceipt(2, List.of(SIX_DAMAGED)))
            .when(correctReceipt(3, List.of(FIVE_DAMAGED))),
        "FACT_NOT_CORRECTABLE");
  }

  @Test
  void correction_fails_withoutAReason() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(
                new CorrectDeliveryFactCommand(
                    DELIVERY, DIF, 2, " ", null, null, null, null, List.of())),
        "CORRECTION_WITHOUT_REASON");
  }

  @Test
  void correction_fails_forAnAgencyNotPartyToTheDelivery() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(
                new CorrectDeliveryFactCommand(
                    DELIVERY, FISCALIA, 2, REASON, null, null, null, null, List.of())),
        "DELIVERY_NOT_FOUND");
  }

  @Test
  void nothing_isCorrectedOrVoided_afterTheWholeDeliveryIsVoided() {
    DeliveryVoidedEvent voided = new DeliveryVoidedEvent(DELIVERY, "Registrada por duplicado");
    expectRejection(
        fixture
            .given(planned(), dispatched(), received(), voided)
            .when(correctReceipt(2, List.of())),
        "DELIVERY_VOIDED");
    expectRejection(
        fixture
            .given(planned(), dispatched(), voided)
            .when(new VoidDeliveryFactCommand(DELIVERY, UNODC, 1, REASON)),
        "DELIVERY_VOIDED");
  }

  @Test
  void voidDispatch_recordsTheVoiding_andTheDeliveryMayBeDispatchedAgain() {
    fixture
        .given(planned(), dispatched())
        .when(new VoidDeliveryFactCommand(DELIVERY, UNODC, 1, REASON))
        .expectEventsMatching(
            onlyEventLike(
                new DeliveryFactVoidedEvent(
                    DELIVERY, original(1), DeliveryFactKind.DISPATCH, REASON)));
    fixture
        .given(planned(), dispatched())
        .andGivenCommands(new VoidDeliveryFactCommand(DELIVERY, UNODC, 1, REASON))
        .when(new DispatchDeliveryCommand(DELIVERY, SEGOB, NEXT_DAY))
        .expectEvents(new DeliveryDispatchedEvent(DELIVERY, NEXT_DAY));
  }

  @Test
  void voidDispatch_fails_whileAReceiptStands() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .when(new VoidDeliveryFactCommand(DELIVERY, UNODC, 1, REASON)),
        "DISPATCH_HAS_RECEIPT");
  }

  @Test
  void voidDispatch_fails_forTheReceivingAgency() {
    expectRejection(
        fixture
            .given(planned(), dispatched())
            .when(new VoidDeliveryFactCommand(DELIVERY, DIF, 1, REASON)),
        "NOT_A_DELIVERING_AGENCY");
  }

  @Test
  void voidReceipt_byTheReceivingAgency_letsItAcknowledgeAgain() {
    fixture
        .given(planned(), dispatched(), received())
        .when(new VoidDeliveryFactCommand(DELIVERY, DIF, 2, REASON))
        .expectEventsMatching(
            onlyEventLike(
                new DeliveryFactVoidedEvent(
                    DELIVERY, original(2), DeliveryFactKind.RECEIPT, REASON)));
    fixture
        .given(planned(), dispatched(), received())
        .andGivenCommands(new VoidDeliveryFactCommand(DELIVERY, DIF, 2, REASON))
        .when(acknowledge(DIF))
        .expectSuccessfulHandlerExecution();
  }

  @Test
  void aStoredVoiding_undoesTheKindOfFactItNames() {
    fixture
        .given(
            planned(),
            dispatched(),
            received(),
            new DeliveryFactVoidedEvent(
                DELIVERY, new CorrectedFact("receipt", 2), DeliveryFactKind.RECEIPT, REASON))
        .when(acknowledge(DIF))
        .expectSuccessfulHandlerExecution();
    fixture
        .given(
            planned(),
            dispatched(),
            new DeliveryFactVoidedEvent(
                DELIVERY, new CorrectedFact("dispatch", 1), DeliveryFactKind.DISPATCH, REASON))
        .when(new DispatchDeliveryCommand(DELIVERY, SEGOB, NEXT_DAY))
        .expectEvents(new DeliveryDispatchedEvent(DELIVERY, NEXT_DAY));
  }

  @Test
  void aStoredCorrection_correctsTheKindOfFactItNames() {
    // The dispatch is corrected to the next day, so a receipt on the original day is now too early.
    expectRejection(
        fixture
            .given(
                planned(),
                dispatched(),
                new DeliveryFactCorrectedEvent(
                    DELIVERY,
                    new CorrectedFact("dispatch", 1),
                    DeliveryFactKind.DISPATCH,
                    REASON,
                    NEXT_DAY,
                    null,
                    null))
            .when(acknowledge(DIF)),
        "RECEIPT_BEFORE_DISPATCH");
  }

  @Test
  void aVoidedFact_canBeNeitherCorrectedNorVoidedAgain() {
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .andGivenCommands(new VoidDeliveryFactCommand(DELIVERY, DIF, 2, REASON))
            .when(correctReceipt(2, List.of(SIX_DAMAGED))),
        "FACT_ALREADY_VOIDED");
    expectRejection(
        fixture
            .given(planned(), dispatched(), received())
            .andGivenCommands(new VoidDeliveryFactCommand(DELIVERY, DIF, 2, REASON))
            .when(new VoidDeliveryFactCommand(DELIVERY, DIF, 2, REASON)),
        "FACT_ALREADY_VOIDED");
  }

  @Test
  void thePlan_cannotBeVoidedAsASingleFact() {
    expectRejection(
        fixture.given(planned()).when(new VoidDeliveryFactCommand(DELIVERY, UNODC, 0, REASON)),
        "FACT_NOT_CORRECTABLE");
  }

  private static void expectRejection(ResultValidator<Delivery> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
