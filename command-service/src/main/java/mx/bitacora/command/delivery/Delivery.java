package mx.bitacora.command.delivery;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
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
  private int lineCount;
  private LocalDate dispatchedOn;
  private boolean received;
  private boolean voided;

  Delivery() {
    // for Axon: rebuilt from its events
  }

  @CommandHandler
  Delivery(PlanDeliveryCommand command) {
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
    ensureReceivedNotBeforeDispatch(command.receivedOn());
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

  private static void ensureHasItems(List<DeliveryItem> items) {
    if (items == null || items.isEmpty()) {
      throw RejectedException.ruleViolated("DELIVERY_WITHOUT_ITEMS");
    }
  }

  private static void ensurePositiveQuantities(List<DeliveryItem> items) {
    for (DeliveryItem item : items) {
      if (item.quantity() == null || item.quantity().compareTo(BigDecimal.ZERO) <= 0) {
        throw RejectedException.ruleViolated("NON_POSITIVE_QUANTITY", item.line());
      }
    }
  }

  private static void ensureDeliveringAgencies(List<AgencyId> deliveringAgencies) {
    if (deliveringAgencies == null || deliveringAgencies.isEmpty()) {
      throw RejectedException.ruleViolated("DELIVERY_WITHOUT_DELIVERING_AGENCY");
    }
  }

  private static void ensurePlannerIsParty(PlanDeliveryCommand command) {
    AgencyId planner = command.actingAgency();
    if (!planner.equals(command.fundingAgency())
        && !command.deliveringAgencies().contains(planner)) {
      throw RejectedException.forbidden("PLANNER_NOT_FUNDER_OR_DELIVERER", planner);
    }
  }

  private void ensureVisibleTo(AgencyId agency) {
    if (!agency.equals(fundingAgency)
        && !deliveringAgencies.contains(agency)
        && !agency.equals(receivingAgency)) {
      throw RejectedException.notFound("DELIVERY_NOT_FOUND", deliveryId);
    }
  }

  private void ensureNotVoided() {
    if (voided) {
      throw RejectedException.ruleViolated("DELIVERY_VOIDED", deliveryId);
    }
  }

  private void ensureActsForDeliveringAgency(AgencyId agency) {
    if (!deliveringAgencies.contains(agency)) {
      throw RejectedException.forbidden("NOT_A_DELIVERING_AGENCY", agency);
    }
  }

  private void ensureActsForReceivingAgency(AgencyId agency) {
    if (!agency.equals(receivingAgency)) {
      throw RejectedException.forbidden("NOT_THE_RECEIVING_AGENCY", agency);
    }
  }

  private void ensureActsForPlanningAgency(AgencyId agency) {
    if (!agency.equals(fundingAgency) && !deliveringAgencies.contains(agency)) {
      throw RejectedException.forbidden("NOT_A_PLANNING_AGENCY", agency);
    }
  }

  private void ensureNotYetDispatched() {
    if (dispatchedOn != null) {
      throw RejectedException.ruleViolated("DELIVERY_ALREADY_DISPATCHED", deliveryId);
    }
  }

  private void ensureDispatched() {
    if (dispatchedOn == null) {
      throw RejectedException.ruleViolated("DELIVERY_NOT_DISPATCHED", deliveryId);
    }
  }

  private void ensureNotYetReceived() {
    if (received) {
      throw RejectedException.ruleViolated("DELIVERY_ALREADY_RECEIVED", deliveryId);
    }
  }

  private void ensureReceivedNotBeforeDispatch(LocalDate receivedOn) {
    if (receivedOn.isBefore(dispatchedOn)) {
      throw RejectedException.ruleViolated("RECEIPT_BEFORE_DISPATCH", receivedOn, dispatchedOn);
    }
  }

  private void ensureDiscrepanciesNameKnownLines(List<ItemDiscrepancy> discrepancies) {
    Set<Integer> seen = new HashSet<>();
    for (ItemDiscrepancy discrepancy : discrepancies) {
      if (discrepancy.line() < 1 || discrepancy.line() > lineCount) {
        throw RejectedException.ruleViolated("UNKNOWN_DELIVERY_LINE", discrepancy.line());
      }
      if (!seen.add(discrepancy.line())) {
        throw RejectedException.ruleViolated("DUPLICATE_DISCREPANCY_LINE", discrepancy.line());
      }
      if (discrepancy.receivedQuantity().signum() < 0) {
        throw RejectedException.ruleViolated("NEGATIVE_RECEIVED_QUANTITY", discrepancy.line());
      }
    }
  }

  @EventSourcingHandler
  void on(DeliveryPlannedEvent event) {
    deliveryId = event.deliveryId();
    fundingAgency = event.fundingAgency();
    deliveringAgencies = Set.copyOf(event.deliveringAgencies());
    receivingAgency = event.receivingAgency();
    lineCount = event.items().size();
  }

  @EventSourcingHandler
  void on(DeliveryDispatchedEvent event) {
    dispatchedOn = event.dispatchedOn();
  }

  @EventSourcingHandler
  void on(DeliveryReceiptAcknowledgedEvent event) {
    received = true;
  }

  @EventSourcingHandler
  void on(DeliveryVoidedEvent event) {
    voided = true;
  }
}
