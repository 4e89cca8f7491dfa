package mx.bitacora.command.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.command.time.BusinessTime;
import mx.bitacora.events.commitment.CommitmentId;
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

/** Records commitments. Staff act for the agency named in their token. */
@RestController
@RequestMapping("/commitments")
@PreAuthorize("hasRole('AGENCY_STAFF')")
@Tag(name = "Commitments", description = "What an agency or a project promised")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE", "NOT_A_COMMITTING_PARTY"})
@Problem(
    status = 404,
    codes = {"COMMITMENT_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {
      "COMMITMENT_ALREADY_RECORDED",
      "COMMITMENT_DUE_IN_THE_PAST",
      "COMMITMENT_KIND_CANNOT_CHANGE",
      "COMMITMENT_PERIOD_ENDS_BEFORE_START",
      "COMMITMENT_PROJECT_CLOSED",
      "COMMITMENT_PROJECT_NOT_REGISTERED",
      "COMMITMENT_QUANTITY_NOT_POSITIVE",
      "COMMITMENT_REASON_REQUIRED",
      "COMMITMENT_REVISION_CHANGES_NOTHING",
      "COMMITMENT_SHELTER_CLOSED",
      "COMMITMENT_SHELTER_NOT_REGISTERED",
      "COMMITMENT_WITHDRAWN",
      "CONCURRENT_UPDATE"
    })
@Problem(
    status = 422,
    codes = {"AGENCY_NOT_ACTIVE", "BUSINESS_DATE_IN_FUTURE", "BUSINESS_DATE_TOO_OLD"})
class CommitmentController {

  private static final Subject SUBJECT =
      new Subject(
          CommitmentProblem.COMMITMENT_NOT_FOUND, CommitmentProblem.COMMITMENT_ALREADY_RECORDED);

  private final CommandSender commands;
  private final BusinessTime businessTime;

  CommitmentController(CommandSender commands, BusinessTime businessTime) {
    this.commands = commands;
    this.businessTime = businessTime;
  }

  @PostMapping
  @SuccessStatus(201)
  @Operation(summary = "Make a commitment (the client chooses its UUID)")
  ResponseEntity<CommitmentRequests.Accepted> make(
      @Valid @RequestBody CommitmentRequests.MakeCommitment body, Actor actor) {
    businessTime.happenedOn(body.madeOn());
    commands.create(
        new MakeCommitmentCommand(
            body.commitmentId(),
            actor.agency(),
            body.projectId(),
            body.terms().promised(),
            body.madeOn()),
        SUBJECT,
        body.commitmentId());
    return ResponseEntity.created(URI.create("/commitments/" + body.commitmentId()))
        .body(new CommitmentRequests.Accepted(body.commitmentId()));
  }

  @PostMapping("/{commitmentId}/revisions")
  @Operation(summary = "Revise the commitment's terms, in full, with the reason")
  CommitmentRequests.Accepted revise(
      @PathVariable CommitmentId commitmentId,
      @Valid @RequestBody CommitmentRequests.Revise body,
      Actor actor) {
    commands.update(
        new ReviseCommitmentCommand(
            commitmentId, actor.agency(), body.terms().promised(), body.reason()),
        SUBJECT,
        commitmentId);
    return new CommitmentRequests.Accepted(commitmentId);
  }

  @PostMapping("/{commitmentId}/withdrawal")
  @Operation(summary = "Withdraw the commitment, with the reason")
  CommitmentRequests.Accepted withdraw(
      @PathVariable CommitmentId commitmentId,
      @Valid @RequestBody CommitmentRequests.Withdraw body,
      Actor actor) {
    commands.update(
        new WithdrawCommitmentCommand(commitmentId, actor.agency(), body.reason()),
        SUBJECT,
        commitmentId);
    return new CommitmentRequests.Accepted(commitmentId);
  }
}
