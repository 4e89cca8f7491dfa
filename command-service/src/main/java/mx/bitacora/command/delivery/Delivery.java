package mx.bitacora.command.delivery;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.command.correction.CorrectionProblem;
import mx.bitacora.command.correction.RecordedFacts;
import mx.bitacora.command.correction.RecordedFacts.Fact;
import mx.bitacora.command.shelter.RegisteredShelter;
import mx.bitacora.command.shelter.ShelterDirectory;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryFactVoidedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One delivery of materials to a shelter, from plan to acknowledged receipt. It keeps the rules
 * that make the record trustworthy; an agency not party to the delivery is told it does not exist.
 */
@Aggregate
class Delivery {

  @AggregateIdentifier private DeliveryId deliveryId;
  private AgencyId fundingAgency;
  private Set<AgencyId> deliveringAgencies;
  private AgencyId receivingAgency;
  private List<DeliveryItem> items;
  private LocalDate occurredOn;
  private LocalDate dispatchedOn;
  private boolean received;
  private LocalDate receivedOn;
  private List<ItemDiscrepancy> discrepancies;
  private boolean voided;

  /**
   * The plan, dispatches and receipts by sequence number, so a correction or voiding can name them
   * and say which kind it names; corrections and voidings themselves are not correctable.
   */
  private final RecordedFacts<DeliveryFactKind, Void> facts = new RecordedFacts<>();

  Delivery() {
    // for Axon: rebuilt from its events
  }

  @CommandHandler
  Delivery(PlanDeliveryCommand command, ShelterDirectory shelters) {
    ensureReceivingShelterOperatedBy(shelters, command);
    ensureHasItems(command.items());
    ensurePositiveQuantities(command.items());
    ensureDeliveringAgencies(command.deliveringAgencies());
    ensurePlannerIsParty(command);
    apply(
        new DeliveryPlannedEvent(
            command.deliveryId(),
            command.projectId(),
            command.fundingAgency(),
            List.copyOf(command.deliveringAgencies()),
            command.receivingShelter(),
            command.receivingAgency(),
            command.occurredOn(),
            List.copyOf(command.items()),
            command.witnesses() == null ? List.of() : List.copyOf(command.witnesses())));
  }

  @CommandHandler
  void handle(DispatchDeliveryCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotVoided();
    ensureActsForDeliveringAgency(command.actingAgency());
    ensureNotYetDispatched();
    apply(new DeliveryDispatchedEvent(deliveryId, command.dispatchedOn()));
  }

  @CommandHandler
  void handle(AcknowledgeDeliveryReceiptCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotVoided();
    ensureActsForReceivingAgency(command.actingAgency());
    ensureDispatched();
    ensureNotYetReceived();
    ensureReceivedNotBeforeDispatch(command.receivedOn(), dispatchedOn);
    List<ItemDiscrepancy> discrepancies =
        command.discrepancies() == null ? List.of() : List.copyOf(command.discrepancies());
    ensureDiscrepanciesNameKnownLines(discrepancies);
    apply(
        new DeliveryReceiptAcknowledgedEvent(
            deliveryId,
            new Official(command.receivedByTitle(), command.actingAgency()),
            command.receivedOn(),
            discrepancies));
  }

  @CommandHandler
  void handle(VoidDeliveryCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotVoided();
    ensureActsForPlanningAgency(command.actingAgency());
    apply(new DeliveryVoidedEvent(deliveryId, command.reason()));
  }

  @CommandHandler
  void handle(CorrectDeliveryFactCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotVoided();
    ensureReasonGiven(command.reason());
    Fact<DeliveryFactKind, Void> original = standingFact(command.originalSequenceNumber());
    switch (original.kind()) {
      case PLAN -> correctPlan(command, original);
      case DISPATCH -> correctDispatch(command, original);
      case RECEIPT -> correctReceipt(command, original);
    }
  }

  @CommandHandler
  void handle(VoidDeliveryFactCommand command) {
    ensureVisibleTo(command.actingAgency());
    ensureNotVoided();
    ensureReasonGiven(command.reason());
    Fact<DeliveryFactKind, Void> original = standingFact(command.originalSequenceNumber());
    switch (original.kind()) {
      case DISPATCH -> {
        ensureActsForDeliveringAgency(command.actingAgency());
        ensureNoReceiptStands();
      }
      case RECEIPT -> ensureActsForReceivingAgency(command.actingAgency());
      case PLAN -> throw RecordedFacts.notCorrectable(original.sequenceNumber());
    }
    apply(
        new DeliveryFactVoidedEvent(
            deliveryId, original.named(), original.kind(), command.reason()));
  }

  private void correctPlan(
      CorrectDeliveryFactCommand command, Fact<DeliveryFactKind, Void> original) {
    ensureActsForPlanningAgency(command.actingAgency());
    ensureOnlyFieldsOf(
        command.dispatchedOn() == null
            && command.receivedOn() == null
            && command.discrepancies() == null);
    List<DeliveryItem> corrected = withQuantities(command.quantities());
    LocalDate correctedOn = command.occurredOn() == null ? occurredOn : command.occurredOn();
    ensureChangesSomething(corrected.equals(items) && correctedOn.equals(occurredOn));
    applyCorrection(command, original, correctedOn, corrected, null);
  }

  /** Records the correction of {@code original}: its corrected date, items or discrepancies. */
  private void applyCorrection(
      CorrectDeliveryFactCommand command,
      Fact<DeliveryFactKind, Void> original,
      LocalDate correctedOn,
      List<DeliveryItem> items,
      List<ItemDiscrepancy> discrepancies) {
    apply(
        new DeliveryFactCorrectedEvent(
            deliveryId,
            original.named(),
            original.kind(),
            command.reason(),
            correctedOn,
            items,
            discrepancies));
  }

  private void correctDispatch(
      CorrectDeliveryFactCommand command, Fact<DeliveryFactKind, Void> original) {
    ensureActsForDeliveringAgency(command.actingAgency());
    ensureOnlyFieldsOf(
        command.occurredOn() == null
            && command.quantities() == null
            && command.receivedOn() == null
            && command.discrepancies() == null);
    LocalDate corrected = command.dispatchedOn() == null ? dispatchedOn : command.dispatchedOn();
    if (received) {
      ensureReceivedNotBeforeDispatch(receivedOn, corrected);
    }
    ensureChangesSomething(corrected.equals(dispatchedOn));
    applyCorrection(command, original, corrected, null, null);
  }

  private void correctReceipt(
      CorrectDeliveryFactCommand command, Fact<DeliveryFactKind, Void> original) {
    ensureActsForReceivingAgency(command.actingAgency());
    ensureOnlyFieldsOf(
        command.occurredOn() == null
            && command.quantities() == null
            && command.dispatchedOn() == null);
    LocalDate correctedOn = command.receivedOn() == null ? receivedOn : command.receivedOn();
    ensureReceivedNotBeforeDispatch(correctedOn, dispatchedOn);
    List<ItemDiscrepancy> corrected =
        command.discrepancies() == null ? discrepancies : List.copyOf(command.discrepancies());
    ensureDiscrepanciesNameKnownLines(corrected);
    ensureChangesSomething(correctedOn.equals(receivedOn) && corrected.equals(discrepancies));
    applyCorrection(command, original, correctedOn, null, corrected);
  }

  /** The planned lines with the corrected quantities; lines not named keep theirs. */
  private List<DeliveryItem> withQuantities(List<PlannedQuantity> quantities) {
    if (quantities == null) {
      return items;
    }
    List<DeliveryItem> corrected = new ArrayList<>(items);
    Set<Integer> seen = new HashSet<>();
    for (PlannedQuantity quantity : quantities) {
      if (quantity.line() < 1 || quantity.line() > items.size()) {
        throw new RejectedException(DeliveryProblem.UNKNOWN_DELIVERY_LINE, quantity.line());
      }
      if (!seen.add(quantity.line())) {
        throw new RejectedException(DeliveryProblem.DUPLICATE_CORRECTED_LINE, quantity.line());
      }
      if (quantity.quantity() == null || quantity.quantity().signum() <= 0) {
        throw new RejectedException(DeliveryProblem.NON_POSITIVE_QUANTITY, quantity.line());
      }
      DeliveryItem line = items.get(quantity.line() - 1);
      corrected.set(
          quantity.line() - 1,
          new DeliveryItem(line.line(), line.description(), quantity.quantity(), line.unit()));
    }
    return List.copyOf(corrected);
  }

  /** The receiving agency must be the one that really operates the shelter, and it must be open. */
  private static void ensureReceivingShelterOperatedBy(
      ShelterDirectory shelters, PlanDeliveryCommand command) {
    RegisteredShelter shelter =
        shelters
            .find(command.receivingShelter())
            .orElseThrow(
                () ->
                    new RejectedException(
                        DeliveryProblem.RECEIVING_SHELTER_NOT_REGISTERED,
                        command.receivingShelter()));
    if (shelter.closed()) {
      throw new RejectedException(
          DeliveryProblem.RECEIVING_SHELTER_CLOSED, command.receivingShelter());
    }
    if (!shelter.operatingAgency().equals(command.receivingAgency())) {
      throw new RejectedException(
          DeliveryProblem.RECEIVING_AGENCY_NOT_SHELTER_OPERATOR,
          command.receivingAgency(),
          command.receivingShelter());
    }
  }

  private static void ensureHasItems(List<DeliveryItem> items) {
    if (items == null || items.isEmpty()) {
      throw new RejectedException(DeliveryProblem.DELIVERY_WITHOUT_ITEMS);
    }
  }

  private static void ensurePositiveQuantities(List<DeliveryItem> items) {
    for (DeliveryItem item : items) {
      if (item.quantity() == null || item.quantity().compareTo(BigDecimal.ZERO) <= 0) {
        throw new RejectedException(DeliveryProblem.NON_POSITIVE_QUANTITY, item.line());
      }
    }
  }

  private static void ensureDeliveringAgencies(List<AgencyId> deliveringAgencies) {
    if (deliveringAgencies == null || deliveringAgencies.isEmpty()) {
      throw new RejectedException(DeliveryProblem.DELIVERY_WITHOUT_DELIVERING_AGENCY);
    }
  }

  private static void ensurePlannerIsParty(PlanDeliveryCommand command) {
    AgencyId planner = command.actingAgency();
    if (!planner.equals(command.fundingAgency())
        && !command.deliveringAgencies().contains(planner)) {
      throw new RejectedException(DeliveryProblem.PLANNER_NOT_FUNDER_OR_DELIVERER, planner);
    }
  }

  private static void ensureReasonGiven(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new RejectedException(CorrectionProblem.CORRECTION_WITHOUT_REASON);
    }
  }

  private static void ensureOnlyFieldsOf(boolean onlyApplicableFieldsGiven) {
    if (!onlyApplicableFieldsGiven) {
      throw new RejectedException(CorrectionProblem.CORRECTION_FIELDS_DO_NOT_APPLY);
    }
  }

  private static void ensureChangesSomething(boolean unchanged) {
    if (unchanged) {
      throw new RejectedException(CorrectionProblem.CORRECTION_CHANGES_NOTHING);
    }
  }

  /** The fact a correction or voiding names: a plan, dispatch or receipt here that still counts. */
  private Fact<DeliveryFactKind, Void> standingFact(long sequenceNumber) {
    return facts.standing(sequenceNumber, AggregateLifecycle.getVersion());
  }

  private void ensureNoReceiptStands() {
    if (received) {
      throw new RejectedException(DeliveryProblem.DISPATCH_HAS_RECEIPT, deliveryId);
    }
  }

  private void ensureVisibleTo(AgencyId agency) {
    if (!agency.equals(fundingAgency)
        && !deliveringAgencies.contains(agency)
        && !agency.equals(receivingAgency)) {
      throw new RejectedException(DeliveryProblem.DELIVERY_NOT_FOUND, deliveryId);
    }
  }

  private void ensureNotVoided() {
    if (voided) {
      throw new RejectedException(DeliveryProblem.DELIVERY_VOIDED, deliveryId);
    }
  }

  private void ensureActsForDeliveringAgency(AgencyId agency) {
    if (!deliveringAgencies.contains(agency)) {
      throw new RejectedException(DeliveryProblem.NOT_A_DELIVERING_AGENCY, agency);
    }
  }

  private void ensureActsForReceivingAgency(AgencyId agency) {
    if (!agency.equals(receivingAgency)) {
      throw new RejectedException(DeliveryProblem.NOT_THE_RECEIVING_AGENCY, agency);
    }
  }

  private void ensureActsForPlanningAgency(AgencyId agency) {
    if (!agency.equals(fundingAgency) && !deliveringAgencies.contains(agency)) {
      throw new RejectedException(DeliveryProblem.NOT_A_PLANNING_AGENCY, agency);
    }
  }

  private void ensureNotYetDispatched() {
    if (dispatchedOn != null) {
      throw new RejectedException(DeliveryProblem.DELIVERY_ALREADY_DISPATCHED, deliveryId);
    }
  }

  private void ensureDispatched() {
    if (dispatchedOn == null) {
      throw new RejectedException(DeliveryProblem.DELIVERY_NOT_DISPATCHED, deliveryId);
    }
  }

  private void ensureNotYetReceived() {
    if (received) {
      throw new RejectedException(DeliveryProblem.DELIVERY_ALREADY_RECEIVED, deliveryId);
    }
  }

  private static void ensureReceivedNotBeforeDispatch(
      LocalDate receivedOn, LocalDate dispatchedOn) {
    if (receivedOn.isBefore(dispatchedOn)) {
      throw new RejectedException(
          DeliveryProblem.RECEIPT_BEFORE_DISPATCH, receivedOn, dispatchedOn);
    }
  }

  private void ensureDiscrepanciesNameKnownLines(List<ItemDiscrepancy> discrepancies) {
    Set<Integer> seen = new HashSet<>();
    for (ItemDiscrepancy discrepancy : discrepancies) {
      if (discrepancy.line() < 1 || discrepancy.line() > items.size()) {
        throw new RejectedException(DeliveryProblem.UNKNOWN_DELIVERY_LINE, discrepancy.line());
      }
      if (!seen.add(discrepancy.line())) {
        throw new RejectedException(DeliveryProblem.DUPLICATE_DISCREPANCY_LINE, discrepancy.line());
      }
      if (discrepancy.receivedQuantity().signum() < 0) {
        throw new RejectedException(DeliveryProblem.NEGATIVE_RECEIVED_QUANTITY, discrepancy.line());
      }
    }
  }

  @EventSourcingHandler
  void on(
      DeliveryPlannedEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    deliveryId = event.deliveryId();
    fundingAgency = event.fundingAgency();
    deliveringAgencies = Set.copyOf(event.deliveringAgencies());
    receivingAgency = event.receivingAgency();
    items = List.copyOf(event.items());
    occurredOn = event.occurredOn();
    facts.recorded(sequence, eventId, DeliveryFactKind.PLAN);
  }

  @EventSourcingHandler
  void on(
      DeliveryDispatchedEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    dispatchedOn = event.dispatchedOn();
    facts.recorded(sequence, eventId, DeliveryFactKind.DISPATCH);
  }

  @EventSourcingHandler
  void on(
      DeliveryReceiptAcknowledgedEvent event,
      @SequenceNumber long sequence,
      @MessageIdentifier String eventId) {
    received = true;
    receivedOn = event.receivedOn();
    discrepancies = event.discrepancies() == null ? List.of() : event.discrepancies();
    facts.recorded(sequence, eventId, DeliveryFactKind.RECEIPT);
  }

  @EventSourcingHandler
  void on(DeliveryVoidedEvent event) {
    voided = true;
  }

  @EventSourcingHandler
  void on(DeliveryFactCorrectedEvent event) {
    switch (event.originalKind()) {
      case PLAN -> {
        items = event.items();
        occurredOn = event.businessDate();
      }
      case DISPATCH -> dispatchedOn = event.businessDate();
      case RECEIPT -> {
        receivedOn = event.businessDate();
        discrepancies = event.discrepancies();
      }
    }
  }

  @EventSourcingHandler
  void on(DeliveryFactVoidedEvent event) {
    facts.voided(event.original());
    switch (event.originalKind()) {
      case DISPATCH -> dispatchedOn = null;
      case RECEIPT -> {
        received = false;
        receivedOn = null;
        discrepancies = null;
      }
      case PLAN -> {
        // never applied: a plan is not voided, the whole delivery is
      }
    }
  }
}
