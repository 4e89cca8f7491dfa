package mx.bitacora.query.commitments;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentKind;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets agency staff read the commitments made by or to their agency, and commission auditors and
 * compliance reviewers every commitment: a page, filtered, and one with the facts that count toward
 * it. Other staff get 404 as for an unknown commitment.
 */
@RestController
@Validated
@FedBy(ProcessingGroups.COMMITMENTS)
@PreAuthorize("hasAnyRole('AGENCY_STAFF','COMMISSION_AUDITOR','COMPLIANCE_REVIEWER')")
@Problem(
    status = 404,
    codes = {"COMMITMENT_NOT_FOUND"})
class CommitmentsController {

  private final CommitmentsQueries queries;

  CommitmentsController(CommitmentsQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/commitments")
  @Operation(summary = "Page through the commitments in the caller's scope, soonest due first")
  public CommitmentsPage commitments(
      @RequestParam(required = false) AgencyId agency,
      @RequestParam(required = false) ShelterId shelter,
      @RequestParam(required = false) ProjectId project,
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) CommitmentKind kind,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1000000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      Actor actor) {
    return queries.answer(
        new FindCommitmentsQuery(
            agency, shelter, project, status, kind, page, size, CommitmentVisibility.of(actor)));
  }

  @GetMapping("/commitments/{commitmentId}")
  @Operation(summary = "Read one commitment with the facts that count toward it")
  public CommitmentDetail commitment(@PathVariable CommitmentId commitmentId, Actor actor) {
    return queries.answer(commitmentId, CommitmentVisibility.of(actor));
  }
}
