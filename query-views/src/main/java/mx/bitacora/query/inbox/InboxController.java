package mx.bitacora.query.inbox;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets agency staff read their own agency's inbox (the token's agency): the notices waiting for it,
 * unread first. Staff only, like {@code /my-agency}: an inbox is an agency's, and the commission
 * reads escalations in its own views. Marking a notice read is a command (command-service's {@code
 * POST /inbox/{itemId}/read}), recorded as an event.
 */
@RestController
@Validated
@FedBy(ProcessingGroups.INBOX)
@PreAuthorize("hasRole('AGENCY_STAFF')")
class InboxController {

  private final InboxQueries queries;

  InboxController(InboxQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/inbox")
  @Operation(summary = "Page through the caller's agency's inbox, unread first, then newest")
  public InboxPage inbox(
      @RequestParam(required = false) Boolean unread,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return queries.page(actor.agency(), unread, page, size);
  }
}
