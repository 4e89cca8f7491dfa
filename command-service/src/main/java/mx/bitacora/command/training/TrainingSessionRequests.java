package mx.bitacora.command.training;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.training.StaffId;
import mx.bitacora.events.training.TrainingAudience;
import mx.bitacora.events.training.TrainingSessionId;

/** The JSON bodies of the training endpoints, validated before any command is sent. */
final class TrainingSessionRequests {

  private TrainingSessionRequests() {}

  /**
   * Body of {@code POST /training-sessions}. {@code audience} is the session's first audience;
   * {@code audiences} lists any further ones (a session for shelter staff and prosecutors).
   */
  record ScheduleSession(
      @NotNull TrainingSessionId trainingSessionId,
      ProjectId projectId,
      @NotBlank @Size(max = 300) String topic,
      @NotNull AgencyId trainerAgency,
      @NotNull TrainingAudience audience,
      @NotNull @Positive @Digits(integer = 4, fraction = 2) BigDecimal hours,
      @NotNull LocalDate heldOn,
      @NotBlank @Size(max = 300) String place,
      @Positive @Max(10_000) int capacity,
      @Size(max = 3) List<@NotNull TrainingAudience> audiences) {}

  /** Body of {@code POST /training-sessions/{id}/participants}: a staff member, never a name. */
  record EnrolParticipant(
      @NotNull StaffId staffId, @NotNull AgencyId agency, @NotBlank @Size(max = 200) String role) {}

  /** Body of {@code POST /training-sessions/{id}/attendance}. */
  record RecordAttendance(@NotNull StaffId staffId) {}

  /** Body of {@code POST /training-sessions/{id}/completions}. */
  record RecordCompletion(
      @NotNull StaffId staffId,
      @NotNull @Positive @Digits(integer = 4, fraction = 2) BigDecimal hoursCompleted,
      @NotBlank @Size(max = 100) String certificateReference) {}

  /** Body of {@code POST /training-sessions/{id}/cancel}. */
  record Cancel(@NotBlank @Size(max = 1000) String reason) {}

  /**
   * Body of {@code POST /training-sessions/{id}/corrections}: the completion's sequence number, the
   * reason, and the corrected hours and/or certificate reference (an absent one is kept).
   */
  record Correction(
      @NotNull @PositiveOrZero Long originalSequenceNumber,
      @NotBlank @Size(max = 1000) String reason,
      @Positive @Digits(integer = 4, fraction = 2) BigDecimal hoursCompleted,
      @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*") String certificateReference) {}

  /** Body of {@code POST /training-sessions/{id}/voided-facts}: which record no longer counts. */
  record VoidFact(
      @NotNull @PositiveOrZero Long originalSequenceNumber,
      @NotBlank @Size(max = 1000) String reason) {}

  /** What a training command answers: the session it acted on. */
  record Accepted(TrainingSessionId trainingSessionId) {}
}
