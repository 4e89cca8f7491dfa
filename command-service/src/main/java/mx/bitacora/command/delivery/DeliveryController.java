package mx.bitacora.command.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.command.time.BusinessTime;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.SuccessStatus;
import mx.bitacora.platform.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Records material deliveries. Agency staff act for the agency named in their token. */
@RestController
@RequestMapping("/deliveries")
@PreAuthorize("hasRole('AGENCY_STAFF')")
@Tag(name = "Deliveries", description = "Material deliveries to shelters")
@Problem(
    status = 403,
    codes = {
      "ACTING_AGENCY_NOT_ACTIVE",
      "NOT_A_DELIVERING_AGENCY",
      "NOT_A_PLANNING_AGENCY",
      "NOT_THE_RECEIVING_AGENCY",
      "PLANNER_NOT_FUNDER_OR_DELIVERER"
    })
@Problem(
    status = 404,
    codes = {"DELIVERY_NOT_FOUND", "SHELTER_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {
      "DELIVERY_ALREADY_RECORDED",
      "CORRECTION_CHANGES_NOTHING",
      "CORRECTION_FIELDS_DO_NOT_APPLY",
      "CORRECTION_WITHOUT_REASON",
      "DELIVERY_ALREADY_DISPATCHED",
      "DELIVERY_ALREADY_RECEIVED",
      "DELIVERY_NOT_DISPATCHED",
      "DELIVERY_VOIDED",
      "DELIVERY_WITHOUT_DELIVERING_AGENCY",
      "DELIVERY_WITHOUT_ITEMS",
      "DISPATCH_HAS_RECEIPT",
      "DUPLICATE_CORRECTED_LINE",
      "DUPLICATE_DISCREPANCY_LINE",
      "FACT_ALREADY_VOIDED",
      "FACT_NOT_CORRECTABLE",
      "NEGATIVE_RECEIVED_QUANTITY",
      "NON_POSITIVE_QUANTITY",
      "ORIGINAL_FACT_NOT_FOUND",
      "RECEIPT_BEFORE_DISPATCH",
      "RECEIVING_SHELTER_CLOSED",
      "UNKNOWN_DELIVERY_LINE",
      "CONCURRENT_UPDATE"
    })
@Problem(
    status = 422,
    codes = {"AGENCY_NOT_ACTIVE", "BUSINESS_DATE_IN_FUTURE", "BUSINESS_DATE_TOO_OLD"})
class DeliveryController {

  private static final Subject SUBJECT =
      new Subject(DeliveryProblem.DELIVERY_NOT_FOUND, DeliveryProblem.DELIVERY_ALREADY_RECORDED);

  private final CommandSender commands;
  private final BusinessTime businessTime;

  DeliveryController(CommandSender commands, BusinessTime businessTime) {
    this.commands = commands;
    this.businessTime = businessTime;
  }

  @PostMapping
  @SuccessStatus(201)
  @Operation(summary = "Plan a delivery (the client chooses its UUID)")
  ResponseEntity<DeliveryRequests.Accepted> plan(
      @Valid @RequestBody DeliveryRequests.PlanDelivery body, Actor actor) {
    // A plan may be dated ahead, never too far back.
    businessTime.notTooOld(body.occurredOn());
    commands.create(
        new PlanDeliveryCommand(
            body.deliveryId(),
            actor.agency(),
            body.projectId(),
            body.fundingAgency(),
            body.deliveringAgencies(),
            body.receivingShelter(),
            body.receivingAgency(),
            body.occurredOn(),
            numbered(body.items()),
            witnesses(body.witnesses())),
        SUBJECT,
        body.deliveryId());
    return ResponseEntity.created(URI.create("/deliveries/" + body.deliveryId()))
        .body(new DeliveryRequests.Accepted(body.deliveryId()));
  }

  @PostMapping("/{deliveryId}/dispatch")
  @Operation(summary = "Record that the delivering agency dispatched the materials")
  DeliveryRequests.Accepted dispatch(
      @PathVariable DeliveryId deliveryId,
      @Valid @RequestBody DeliveryRequests.Dispatch body,
      Actor actor) {
    businessTime.happenedOn(body.dispatchedOn());
    commands.update(
        new DispatchDeliveryCommand(deliveryId, actor.agency(), body.dispatchedOn()),
        SUBJECT,
        deliveryId);
    return new DeliveryRequests.Accepted(deliveryId);
  }

  @PostMapping("/{deliveryId}/receipt")
  @Operation(summary = "Acknowledge receipt at the shelter, with any per-line discrepancies")
  DeliveryRequests.Accepted acknowledgeReceipt(
      @PathVariable DeliveryId deliveryId,
      @Valid @RequestBody DeliveryRequests.AcknowledgeReceipt body,
      Actor actor) {
    businessTime.happenedOn(body.receivedOn());
    commands.update(
        new AcknowledgeDeliveryReceiptCommand(
            deliveryId,
            actor.agency(),
            body.receivedByTitle(),
            body.receivedOn(),
            discrepancies(body.discrepancies())),
        SUBJECT,
        deliveryId);
    return new DeliveryRequests.Accepted(deliveryId);
  }

  @PostMapping("/{deliveryId}/void")
  @Operation(summary = "Void the delivery record, giving a reason (a new event, never an edit)")
  DeliveryRequests.Accepted voidRecord(
      @PathVariable DeliveryId deliveryId,
      @Valid @RequestBody DeliveryRequests.Void body,
      Actor actor) {
    commands.update(
        new VoidDeliveryCommand(deliveryId, actor.agency(), body.reason()), SUBJECT, deliveryId);
    return new DeliveryRequests.Accepted(deliveryId);
  }

  @PostMapping("/{deliveryId}/corrections")
  @Operation(
      summary =
          "Correct an earlier plan, dispatch or receipt, named by its sequence number (a new event)")
  DeliveryRequests.Accepted correct(
      @PathVariable DeliveryId deliveryId,
      @Valid @RequestBody DeliveryRequests.Correction body,
      Actor actor) {
    businessTime.notTooOld(body.occurredOn());
    businessTime.happenedOn(body.dispatchedOn());
    businessTime.happenedOn(body.receivedOn());
    commands.update(
        new CorrectDeliveryFactCommand(
            deliveryId,
            actor.agency(),
            body.originalSequenceNumber(),
            body.reason(),
            body.occurredOn(),
            body.quantities() == null
                ? null
                : body.quantities().stream()
                    .map(q -> new PlannedQuantity(q.line(), q.quantity()))
                    .toList(),
            body.dispatchedOn(),
            body.receivedOn(),
            body.discrepancies() == null ? null : discrepancies(body.discrepancies())),
        SUBJECT,
        deliveryId);
    return new DeliveryRequests.Accepted(deliveryId);
  }

  @PostMapping("/{deliveryId}/voided-facts")
  @Operation(summary = "Void an earlier dispatch or receipt, named by its sequence number")
  DeliveryRequests.Accepted voidFact(
      @PathVariable DeliveryId deliveryId,
      @Valid @RequestBody DeliveryRequests.VoidFact body,
      Actor actor) {
    commands.update(
        new VoidDeliveryFactCommand(
            deliveryId, actor.agency(), body.originalSequenceNumber(), body.reason()),
        SUBJECT,
        deliveryId);
    return new DeliveryRequests.Accepted(deliveryId);
  }

  /** Lines are numbered from 1 in the order given, so discrepancies can name them. */
  private static List<DeliveryItem> numbered(List<DeliveryRequests.Item> items) {
    List<DeliveryItem> lines = new ArrayList<>();
    for (DeliveryRequests.Item item : items) {
      lines.add(
          new DeliveryItem(lines.size() + 1, item.description(), item.quantity(), item.unit()));
    }
    return lines;
  }

  private static List<Official> witnesses(List<DeliveryRequests.Witness> witnesses) {
    return witnesses == null
        ? List.of()
        : witnesses.stream().map(w -> new Official(w.title(), w.agency())).toList();
  }

  private static List<ItemDiscrepancy> discrepancies(
      List<DeliveryRequests.Discrepancy> discrepancies) {
    return discrepancies == null
        ? List.of()
        : discrepancies.stream()
            .map(d -> new ItemDiscrepancy(d.line(), d.receivedQuantity(), d.note()))
            .toList();
  }
}
