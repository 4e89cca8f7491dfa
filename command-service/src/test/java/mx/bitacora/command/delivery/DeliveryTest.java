package mx.bitacora.command.delivery;

import static mx.bitacora.command.delivery.DeliveryTestData.*;

import java.math.BigDecimal;
import java.util.List;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  private AggregateTestFixture<Delivery> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Delivery.class);
    fixture.registerInjectableResource(DeliveryTestData.SHELTERS);
  }

  @Test
  void plan_recordsTheDelivery() {
    fixture
        .givenNoPriorActivity()
        .when(plan())
        .expectSuccessfulHandlerExecution()
        .expectEvents(planned());
  }

  @Test
  void plan_succeeds_whenTheFunderPlans() {
    fixture.givenNoPriorActivity().when(plan(INL, ITEMS)).expectEvents(planned());
  }

  @Test
  void plan_fails_withoutItems() {
    expectRejection(
        fixture.givenNoPriorActivity().when(plan(UNODC, List.of())), "DELIVERY_WITHOUT_ITEMS");
  }

  @Test
  void plan_fails_whenAQuantityIsZero() {
    List<DeliveryItem> items =
        List.of(ITEMS.get(0), new DeliveryItem(2, "Kits de higiene", BigDecimal.ZERO, "kit"));
    expectRejection(
        fixture.givenNoPriorActivity().when(plan(UNODC, items)), "NON_POSITIVE_QUANTITY");
  }

  @Test
  void plan_fails_whenAQuantityIsNegative() {
    List<DeliveryItem> items =
        List.of(new DeliveryItem(1, "Colchones", new BigDecimal("-1"), "pieza"));
    expectRejection(
        fixture.givenNoPriorActivity().when(plan(UNODC, items)), "NON_POSITIVE_QUANTITY");
  }

  @Test
  void plan_fails_whenTheShelterIsNotRegistered() {
    expectRejection(
        fixture.givenNoPriorActivity().when(planTo(new ShelterId("desconocido"), DIF)),
        "RECEIVING_SHELTER_NOT_REGISTERED");
  }

  @Test
  void plan_fails_whenTheShelterIsClosed() {
    expectRejection(
        fixture.givenNoPriorActivity().when(planTo(CLOSED_REFUGIO, DIF)),
        "RECEIVING_SHELTER_CLOSED");
  }

  @Test
  void plan_fails_whenTheReceivingAgencyDoesNotOperateTheShelter() {
    expectRejection(
        fixture.givenNoPriorActivity().when(planTo(CAT_CANCUN, UNODC)),
        "RECEIVING_AGENCY_NOT_SHELTER_OPERATOR");
  }

  @Test
  void plan_fails_whenThePlannerNeitherFundsNorDelivers() {
    expectRejection(
        fixture.givenNoPriorActivity().when(plan(FISCALIA, ITEMS)),
        "PLANNER_NOT_FUNDER_OR_DELIVERER");
  }

  @Test
  void dispatch_recordsTheDispatch() {
    fixture
        .given(planned())
        .when(new DispatchDeliveryCommand(DELIVERY, SEGOB, OCCURRED_ON))
        .expectEvents(new DeliveryDispatchedEvent(DELIVERY, OCCURRED_ON));
  }

  @Test
  void dispatch_fails_whenAlreadyDispatched() {
    expectRejection(
        fixture
            .given(planned(), dispatched())
            .when(new DispatchDeliveryCommand(DELIVERY, UNODC, OCCURRED_ON)),
        "DELIVERY_ALREADY_DISPATCHED");
  }

  @Test
  void dispatch_fails_whenTheFunderIsNotADeliveringAgency() {
    expectRejection(
        fixture.given(planned()).when(new DispatchDeliveryCommand(DELIVERY, INL, OCCURRED_ON)),
        "NOT_A_DELIVERING_AGENCY");
  }

  @Test
  void dispatch_answersNotFound_toAnAgencyNotPartyToTheDelivery() {
    expectRejection(
        fixture.given(planned()).when(new DispatchDeliveryCommand(DELIVERY, FISCALIA, OCCURRED_ON)),
        "DELIVERY_NOT_FOUND");
  }

  @Test
  void acknowledge_recordsReceiptWithDiscrepancies() {
    ItemDiscrepancy shortOfKits = new ItemDiscrepancy(2, new BigDecimal("45"), "5 kits dañados");
    fixture
        .given(planned(), dispatched())
        .when(acknowledge(DIF, shortOfKits))
        .expectEvents(
            new DeliveryReceiptAcknowledgedEvent(
                DELIVERY,
                new Official("Responsable del CAT", DIF),
                OCCURRED_ON,
                List.of(shortOfKits)));
  }

  @Test
  void acknowledge_fails_beforeDispatch() {
    expectRejection(fixture.given(planned()).when(acknowledge(DIF)), "DELIVERY_NOT_DISPATCHED");
  }

  @Test
  void acknowledge_fails_whenAlreadyReceived() {
    expectRejection(
        fixture
            .given(planned(), dispatched())
            .andGivenCommands(acknowledge(DIF))
            .when(acknowledge(DIF)),
        "DELIVERY_ALREADY_RECEIVED");
  }

  @Test
  void acknowledge_fails_whenTheAgencyDoesNotOperateTheReceivingShelter() {
    expectRejection(
        fixture.given(planned(), dispatched()).when(acknowledge(UNODC)),
        "NOT_THE_RECEIVING_AGENCY");
  }

  @Test
  void acknowledge_fails_whenReceivedBeforeDispatch() {
    AcknowledgeDeliveryReceiptCommand early =
        new AcknowledgeDeliveryReceiptCommand(
            DELIVERY, DIF, "Responsable del CAT", OCCURRED_ON.minusDays(1), List.of());
    expectRejection(fixture.given(planned(), dispatched()).when(early), "RECEIPT_BEFORE_DISPATCH");
  }

  @Test
  void acknowledge_fails_whenADiscrepancyNamesAnUnknownLine() {
    expectRejection(
        fixture
            .given(planned(), dispatched())
            .when(acknowledge(DIF, new ItemDiscrepancy(3, BigDecimal.ONE, null))),
        "UNKNOWN_DELIVERY_LINE");
  }

  @Test
  void acknowledge_fails_whenALineIsNamedTwice() {
    expectRejection(
        fixture
            .given(planned(), dispatched())
            .when(
                acknowledge(
                    DIF,
                    new ItemDiscrepancy(1, BigDecimal.ONE, null),
                    new ItemDiscrepancy(1, BigDecimal.TEN, null))),
        "DUPLICATE_DISCREPANCY_LINE");
  }

  @Test
  void void_recordsTheReason() {
    fixture
        .given(planned())
        .when(new VoidDeliveryCommand(DELIVERY, INL, "Registrada por duplicado"))
        .expectEvents(new DeliveryVoidedEvent(DELIVERY, "Registrada por duplicado"));
  }

  @Test
  void void_fails_whenTheReceivingAgencyTriesIt() {
    expectRejection(
        fixture.given(planned()).when(new VoidDeliveryCommand(DELIVERY, DIF, "no")),
        "NOT_A_PLANNING_AGENCY");
  }

  @Test
  void nothing_isRecorded_afterVoiding() {
    DeliveryVoidedEvent voided = new DeliveryVoidedEvent(DELIVERY, "Registrada por duplicado");
    expectRejection(
        fixture
            .given(planned(), voided)
            .when(new DispatchDeliveryCommand(DELIVERY, UNODC, OCCURRED_ON)),
        "DELIVERY_VOIDED");
    expectRejection(
        fixture.given(planned(), dispatched(), voided).when(acknowledge(DIF)), "DELIVERY_VOIDED");
    expectRejection(
        fixture.given(planned(), voided).when(new VoidDeliveryCommand(DELIVERY, INL, "otra vez")),
        "DELIVERY_VOIDED");
  }

  private static void expectRejection(ResultValidator<Delivery> result, String code) {
    result.expectNoEvents().expectException(RejectedException.class).expectExceptionMessage(code);
  }
}
