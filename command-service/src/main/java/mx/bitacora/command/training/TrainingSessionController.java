package mx.bitacora.command.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import mx.bitacora.command.messaging.CommandSender;
import mx.bitacora.command.messaging.Subject;
import mx.bitacora.command.time.BusinessTime;
import mx.bitacora.events.training.TrainingSessionId;
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

/** Records training sessions. Agency staff act for the agency named in their token. */
@RestController
@RequestMapping("/training-sessions")
@PreAuthorize("hasRole('AGENCY_STAFF')")
@Tag(name = "Training", description = "Training sessions for shelter staff and prosecutors")
@Problem(
    status = 403,
    codes = {"ACTING_AGENCY_NOT_ACTIVE", "NOT_THE_TRAINER_AGENCY", "NOT_TRAINER_OR_OWN_STAFF"})
@Problem(
    status = 404,
    codes = {"TRAINING_SESSION_NOT_FOUND"})
@Problem(
    status = 409,
    codes = {
      "TRAINING_SESSION_ALREADY_RECORDED",
      "ATTENDANCE_ALREADY_RECORDED",
      "CANCELLATION_WITHOUT_REASON",
      "COMPLETED_HOURS_EXCEED_SESSION",
      "COMPLETION_BEFORE_SESSION_DATE",
      "CORRECTION_CHANGES_NOTHING",
      "CORRECTION_WITHOUT_REASON",
      "FACT_ALREADY_VOIDED",
      "FACT_NOT_CORRECTABLE",
      "NON_POSITIVE_COMPLETED_HOURS",
      "NON_POSITIVE_SESSION_CAPACITY",
      "NON_POSITIVE_TRAINING_HOURS",
      "ORIGINAL_FACT_NOT_FOUND",
      "PARTICIPANT_ALREADY_ENROLLED",
      "PARTICIPANT_NOT_ENROLLED",
      "TRAINING_ALREADY_COMPLETED",
      "TRAINING_SESSION_CANCELLED",
      "TRAINING_SESSION_FULL",
      "CONCURRENT_UPDATE"
    })
@Problem(
    status = 422,
    codes = {"AGENCY_NOT_ACTIVE", "BUSINESS_DATE_TOO_OLD"})
class TrainingSessionController {

  private static final Subject SUBJECT =
      new Subject(
          TrainingProblem.TRAINING_SESSION_NOT_FOUND,
          TrainingProblem.TRAINING_SESSION_ALREADY_RECORDED);

  private final CommandSender commands;
  private final BusinessTime businessTime;

  TrainingSessionController(CommandSender commands, BusinessTime businessTime) {
    this.commands = commands;
    this.businessTime = businessTime;
  }

  @PostMapping
  @SuccessStatus(201)
  @Operation(summary = "Schedule a session as its trainer agency (the client chooses its UUID)")
  ResponseEntity<TrainingSessionRequests.Accepted> schedule(
      @Valid @RequestBody TrainingSessionRequests.ScheduleSession body, Actor actor) {
    // A session may be scheduled ahead, never dated too far back.
    businessTime.notTooOld(body.heldOn());
    commands.create(
        new ScheduleTrainingSessionCommand(
            body.trainingSessionId(),
            actor.agency(),
            body.projectId(),
            body.topic(),
            body.trainerAgency(),
            body.audience(),
            body.hours(),
            body.heldOn(),
            body.place(),
            body.capacity(),
            body.audiences()),
        SUBJECT,
        body.trainingSessionId());
    return ResponseEntity.created(URI.create("/training-sessions/" + body.trainingSessionId()))
        .body(new TrainingSessionRequests.Accepted(body.trainingSessionId()));
  }

  @PostMapping("/{trainingSessionId}/participants")
  @Operation(summary = "Enrol a staff member (the trainer, or the participant's own agency)")
  TrainingSessionRequests.Accepted enrol(
      @PathVariable TrainingSessionId trainingSessionId,
      @Valid @RequestBody TrainingSessionRequests.EnrolParticipant body,
      Actor actor) {
    commands.update(
        new EnrolParticipantCommand(
            trainingSessionId, actor.agency(), body.staffId(), body.agency(), body.role()),
        SUBJECT,
        trainingSessionId);
    return new TrainingSessionRequests.Accepted(trainingSessionId);
  }

  @PostMapping("/{trainingSessionId}/attendance")
  @Operation(summary = "Record that an enrolled participant attended")
  TrainingSessionRequests.Accepted recordAttendance(
      @PathVariable TrainingSessionId trainingSessionId,
      @Valid @RequestBody TrainingSessionRequests.RecordAttendance body,
      Actor actor) {
    commands.update(
        new RecordAttendanceCommand(trainingSessionId, actor.agency(), body.staffId()),
        SUBJECT,
        trainingSessionId);
    return new TrainingSessionRequests.Accepted(trainingSessionId);
  }

  @PostMapping("/{trainingSessionId}/completions")
  @Operation(summary = "Record that an enrolled participant completed the training")
  TrainingSessionRequests.Accepted recordCompletion(
      @PathVariable TrainingSessionId trainingSessionId,
      @Valid @RequestBody TrainingSessionRequests.RecordCompletion body,
      Actor actor) {
    commands.update(
        new RecordCompletionCommand(
            trainingSessionId,
            actor.agency(),
            body.staffId(),
            body.hoursCompleted(),
            body.certificateReference()),
        SUBJECT,
        trainingSessionId);
    return new TrainingSessionRequests.Accepted(trainingSessionId);
  }

  @PostMapping("/{trainingSessionId}/cancel")
  @Operation(summary = "Cancel the session, giving a reason; nothing more is recorded on it")
  TrainingSessionRequests.Accepted cancel(
      @PathVariable TrainingSessionId trainingSessionId,
      @Valid @RequestBody TrainingSessionRequests.Cancel body,
      Actor actor) {
    commands.update(
        new CancelTrainingSessionCommand(trainingSessionId, actor.agency(), body.reason()),
        SUBJECT,
        trainingSessionId);
    return new TrainingSessionRequests.Accepted(trainingSessionId);
  }

  @PostMapping("/{trainingSessionId}/corrections")
  @Operation(summary = "Correct a recorded completion's hours or certificate (a new event)")
  TrainingSessionRequests.Accepted correct(
      @PathVariable TrainingSessionId trainingSessionId,
      @Valid @RequestBody TrainingSessionRequests.Correction body,
      Actor actor) {
    commands.update(
        new CorrectTrainingFactCommand(
            trainingSessionId,
            actor.agency(),
            body.originalSequenceNumber(),
            body.reason(),
            body.hoursCompleted(),
            body.certificateReference()),
        SUBJECT,
        trainingSessionId);
    return new TrainingSessionRequests.Accepted(trainingSessionId);
  }

  @PostMapping("/{trainingSessionId}/voided-facts")
  @Operation(summary = "Void a recorded attendance or completion, named by its sequence number")
  TrainingSessionRequests.Accepted voidFact(
      @PathVariable TrainingSessionId trainingSessionId,
      @Valid @RequestBody TrainingSessionRequests.VoidFact body,
      Actor actor) {
    commands.update(
        new VoidTrainingFactCommand(
            trainingSessionId, actor.agency(), body.originalSequenceNumber(), body.reason()),
        SUBJECT,
        trainingSessionId);
    return new TrainingSessionRequests.Accepted(trainingSessionId);
  }
}
