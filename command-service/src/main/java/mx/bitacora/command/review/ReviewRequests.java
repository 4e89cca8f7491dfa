package mx.bitacora.command.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.review.Evidence;
import mx.bitacora.events.review.FindingId;
import mx.bitacora.events.review.FindingSeverity;
import mx.bitacora.events.review.ReviewCriterion;
import mx.bitacora.events.review.ReviewId;

/** The JSON bodies of the review endpoints, validated before any command is sent. */
final class ReviewRequests {

  private ReviewRequests() {}

  /**
   * Body of {@code POST /reviews}. Each body's date of the step ({@code openedOn}, {@code
   * recordedOn}, ...) is the business day it was taken, today when absent.
   */
  record OpenReview(
      @NotNull ReviewId reviewId,
      @NotBlank @Size(max = 300) String title,
      @NotNull @Valid Scope scope,
      @NotEmpty @Size(max = 30) List<@NotNull @Valid Criterion> criteria,
      LocalDate openedOn) {}

  /**
   * What the review looks at: the agencies named (a project's implementer and funder and a
   * shelter's operator are added), the business-time period, both ends included.
   */
  record Scope(
      @NotNull @Size(max = 50) List<@NotNull AgencyId> agencies,
      ProjectId projectId,
      ShelterId shelterId,
      @NotNull LocalDate from,
      @NotNull LocalDate to) {}

  /** One criterion: a short code (capitals, digits, {@code _} or {@code -}) and what it checks. */
  record Criterion(
      @NotNull @Pattern(regexp = "[A-Z0-9_-]{1,40}") String code,
      @NotBlank @Size(max = 1000) String description) {

    ReviewCriterion criterion() {
      return new ReviewCriterion(code, description);
    }
  }

  /** Body of {@code POST /reviews/{id}/findings}. */
  record RecordFinding(
      @NotNull FindingId findingId,
      @NotNull @Pattern(regexp = "[A-Z0-9_-]{1,40}") String criterion,
      @NotNull FindingSeverity severity,
      @NotNull AgencyId concernedAgency,
      @NotBlank @Size(max = 4000) String statement,
      @Size(max = 4000) String recommendation,
      @NotNull @Valid Cited evidence,
      @NotNull LocalDate responseDueOn,
      LocalDate recordedOn) {}

  /** The commitments and log positions a finding rests on; at least one of either. */
  record Cited(
      @Size(max = 50) List<@NotNull CommitmentId> commitments,
      @Size(max = 50) List<@NotNull @PositiveOrZero Long> eventPositions) {

    Evidence evidence() {
      return new Evidence(commitments, eventPositions);
    }
  }

  /** Body of {@code POST /reviews/{id}/findings/{findingId}/answer}. */
  record Answer(
      @NotBlank @Size(max = 4000) String response,
      @NotBlank @Size(max = 4000) String correctiveAction,
      @NotNull LocalDate correctiveActionDueOn,
      LocalDate answeredOn) {}

  /** Body of {@code POST /reviews/{id}/findings/{findingId}/reopening}. */
  record Reopen(
      @NotBlank @Size(max = 1000) String reason,
      @NotNull LocalDate responseDueOn,
      LocalDate reopenedOn) {}

  /** Body of {@code POST /reviews/{id}/findings/{findingId}/acceptance} (may be left out). */
  record Accept(LocalDate acceptedOn) {}

  /** Body of {@code POST /reviews/{id}/conclusion}. */
  record Conclude(@NotBlank @Size(max = 8000) String conclusion, LocalDate concludedOn) {}

  /** What a review endpoint answers: the review and, for a finding, the finding. */
  record Accepted(ReviewId reviewId, FindingId findingId) {}
}
