package mx.bitacora.command.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Records that staff read a notice of their agency's inbox (query-service lists the inbox). Only
 * notices of the token's agency: any other id, another agency's notice included, is 404.
 */
@RestController
@RequestMapping("/inbox")
@PreAuthorize("hasRole('AGENCY_STAFF')")
@Tag(name = "Inbox", description = "Notices waiting for an agency")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE"})
@Problem(
    status = 404,
    codes = {"INBOX_ITEM_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {"CONCURRENT_UPDATE"})
class InboxController {

  private static final Subject SUBJECT =
      new Subject(InboxProblem.INBOX_ITEM_NOT_FOUND, InboxProblem.INBOX_ITEM_ALREADY_READ);

  private final CommandSender commands;
  private final InboxNotices notices;

  InboxController(CommandSender commands, InboxNotices notices) {
    this.commands = commands;
    this.notices = notices;
  }

  /** What was recorded: the notice, of which agency's inbox. */
  record Read(UUID itemId, AgencyId agencyId) {}

  @PostMapping("/{itemId}/read")
  @Operation(
      summary =
          "Mark a notice of the caller's agency's inbox read; marking it again answers as the"
              + " first time")
  Read markRead(@PathVariable UUID itemId, Actor actor) {
    AgencyId agency = actor.agency();
    if (!notices.isNoticeFor(itemId, agency)) {
      throw new RejectedException(InboxProblem.INBOX_ITEM_NOT_FOUND, itemId);
    }
    commands.create(new MarkInboxItemReadCommand(agency, itemId), SUBJECT, itemId);
    return new Read(itemId, agency);
  }
}
